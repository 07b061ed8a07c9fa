import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { scrubContactText } from "./scrub.ts";

const FI = { lang: "fi" as const, keepContactText: false };

Deno.test("a person's name next to a role is scrubbed in free text; organisations, places and lowercase words stay (audit 33)", () => {
  for (
    const [text, scrubbed] of [
      [
        "Lisätietoja antaa projektipäällikkö Maija Mallikas, p. 040 123 4567.",
        "Lisätietoja antaa projektipäällikkö [nimi poistettu], p. [puhelinnumero poistettu].",
      ],
      ["Yhteyshenkilö: Pekka Puupää.", "Yhteyshenkilö: [nimi poistettu]."],
      ["Yhteyshenkilöt: Anna-Maija Virtanen ja Pekka Puupää.", "Yhteyshenkilöt: [nimi poistettu]."],
      ["Hankkeen koordinaattorina toimii Liisa Lahtinen.", "Hankkeen koordinaattorina toimii [nimi poistettu]."],
      ["Toiminnanjohtaja Matti Meikäläinen vastaa hankkeesta.", "Toiminnanjohtaja [nimi poistettu] vastaa hankkeesta."],
      ["Maija Mallikas (projektipäällikkö) vastaa.", "[nimi poistettu] (projektipäällikkö) vastaa."],
      ["Pekka Puupää, rehtori, avasi seminaarin.", "[nimi poistettu], rehtori, avasi seminaarin."],
      [
        "Yhteyshenkilö:\nMaija Mallikas\nPuh. 040 123 4567",
        "Yhteyshenkilö:\n[nimi poistettu]\nPuh. [puhelinnumero poistettu]",
      ],
      ["Projektipäällikkö: Maija Mallikas.", "Projektipäällikkö: [nimi poistettu]."],
    ] as const
  ) {
    assertEquals(scrubContactText(text, FI), scrubbed, text);
  }
  for (
    const text of [
      "Projektipäällikkö Pohjois-Savon ELY-keskuksesta koordinoi.",
      "Koordinaattori Kuopion kaupungilta osallistuu.",
      "Hankkeen projektipäällikkö vastaa raportoinnista.",
      "Projektipäällikkö palkataan 1.1.2011.",
      "Rehtori ja opettajat Etelä-Savossa.",
      "Pohjois-Savon ELY-keskus toteuttaa hankkeen.",
      "Kuopion Yliopiston Täydennyskoulutuskeskus, koordinaattori",
      // A place's genitive starts an organisation's name, not a person's.
      "Koordinaattori Helsingin Diakonissalaitokselta osallistuu.",
      "Opettajat Suomen Yrittäjistä ja Pohjois-Savon Liitosta.",
      "Hankkeen johtaja Euroopan Sosiaalirahastosta.",
    ]
  ) {
    assertEquals(scrubContactText(text, FI), text, text);
  }
  assertEquals(
    scrubContactText("Yhteyshenkilö: Pekka Puupää.", { lang: "en" }),
    "Yhteyshenkilö: [name removed].",
  );
  assertEquals(
    scrubContactText("Yhteyshenkilö: Pekka Puupää.", { ...FI, keepContactText: true }),
    "Yhteyshenkilö: Pekka Puupää.",
  );
});

Deno.test("beside a role, only a person's name goes: project, organisation and programme names whose first word is no first name stay (review 36)", () => {
  for (
    const text of [
      "Ohjaajat Verkossa Kainuu",
      "Valmentajat Arjen Tukena",
      "Koordinaattori Iisalmen Kaupunki",
      "Projektipäällikkö Ylä-Savon Kuntayhtymästä",
      "Opettajat Savon Ammattiopistosta",
      "Kouluttajat Oy Ab",
      "Project Manager Training Programme",
      "projektipäällikkö, Savonia Ammattikorkeakoulu",
      "Savonia Ammattikorkeakoulu (koordinaattori)",
      "Hankkeen nimi: Nuoret Tekijät, ohjaajat palkataan.",
      "Vastuuhenkilö Microsoft Excel",
    ]
  ) {
    assertEquals(scrubContactText(text, FI), text, text);
  }
  for (
    const [text, scrubbed] of [
      ["Ohjaaja Kristiina Halonen", "Ohjaaja [nimi poistettu]"],
      ["Project Manager Anna Smith", "Project Manager [nimi poistettu]"],
      ["Tutkija Anna-Liisa Kivelä ja Juha Korhonen.", "Tutkija [nimi poistettu]."],
      ["Jukka Nieminen, rehtori", "[nimi poistettu], rehtori"],
      // After a contact person's label and its colon, any name goes, its first name known or not.
      ["Yhteyshenkilö: Ilmatar Kuusikko", "Yhteyshenkilö: [nimi poistettu]"],
    ] as const
  ) {
    assertEquals(scrubContactText(text, FI), scrubbed, text);
  }
});

Deno.test("a company, a municipality or a school beside a role stays though its name starts like a first name or follows a contact label (review 36)", () => {
  for (
    const text of [
      "Kehittäjä Elisa Oyj",
      "Johtaja Sampo Pankista",
      "Kouluttajat Alma Media Oy",
      "Ohjaaja Onni Ja Ilo",
      "Yhteyshenkilö: Kemin Kaupunki",
      "Yhteyshenkilö: Savonia Ammattikorkeakoulu",
      // A project's name whose first word is also a first name, its next word inflected as no surname is.
      "Ohjaajat Toivo Tulevaisuuteen",
      "Valmentajat Onni Elämään",
      "Ohjaajat Lahja Lapselle",
      "Opettajat Helmi Ryhmässä",
    ]
  ) {
    assertEquals(scrubContactText(text, FI), text, text);
  }
  assertEquals(scrubContactText("Johtaja Veli-Matti Ahonen", FI), "Johtaja [nimi poistettu]");
  // A person's surname inflected after a first name that is no common word is still a person's.
  assertEquals(
    scrubContactText("Lisätietoja antaa projektipäällikkö Anna Virtaselta.", FI),
    "Lisätietoja antaa projektipäällikkö [nimi poistettu].",
  );
  assertEquals(
    scrubContactText("Ilmoittautumiset koordinaattori Matti Meikäläiselle", FI),
    "Ilmoittautumiset koordinaattori [nimi poistettu]",
  );
  assertEquals(scrubContactText("Project Manager Anna Green", FI), "Project Manager [nimi poistettu]");
  assertEquals(
    scrubContactText("Yhteyshenkilöt: Maija Mallikas ja Kemin Kaupunki", FI),
    "Yhteyshenkilöt: [nimi poistettu] ja Kemin Kaupunki",
  );
});

Deno.test("common Finnish first names beside a role are known: Jenni, Anu, Tero, Pasi, Katri, Virpi, Marika (review 36)", () => {
  for (const first of ["Jenni", "Anu", "Tero", "Pasi", "Katri", "Virpi", "Marika", "Kalevi", "Sini", "Teija"]) {
    assertEquals(
      scrubContactText(`Projektipäällikkö ${first} Virtanen.`, FI),
      "Projektipäällikkö [nimi poistettu].",
      first,
    );
  }
});
