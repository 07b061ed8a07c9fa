/**
 * First names common in Finland (the population register's most given, women's and men's, Finnish and Swedish,
 * and a few international ones), lower case: a run of capitalised words beside a role is read as a person's name
 * only when it starts with one (`projektipäällikkö Maija Mallikas`), not a project's, an organisation's or a
 * programme's (`Ohjaajat Verkossa Kainuu`, `Koordinaattori Iisalmen Kaupunki`). A name whose first name is not
 * here stays beside a role, unless a contact person's label and a colon precede it (see `scrub_names.ts`).
 *
 * @module
 */
const NAMES = `
aada aapo aarne aaro aatu aila aili aimo aino airi aki alexander aleksi aleksanteri alina aliisa allan alma
alvar amanda anders andreas anja anna anne anneli anni annika ansa antero anton antti ari arja arto arttu arvo
asko astrid atte auli aulis auvo eemeli eemil eero eeva eetu eija eila eino eini eira eleonoora elias elina elisa
elisabet eliisa ella ellen elli elmeri elsa emil emilia emma erik erika erja erkki esa esko essi eveliina fanny
frans fredrik gunilla hanna hannele hannu harri heidi heikki heini heli helena heli helinä hellevi helmi henna
henri henrik henrika hilkka hilla hilma hanne ida iida iines ilari ilkka ilmari ilona inka inkeri irene irja
irma irmeli isto jaakko jaana jani janne jari jarkko jarmo jarno johanna johannes joni jonna joonas joonatan
jorma josefiina jouko jouni juha juhani juho jukka julia juri jussi jutta juuso jyrki jörgen kaarina kaija kaino
kai kaisa kaisu kalervo kalle kari karin karoliina kasper katariina kati katja kauko kaarlo kerttu kim kimmo
kirsi kirsti kristiina kristian kristoffer kustaa kyösti kaija lahja laila lasse laura lauri leena leevi leo
liisa lilja linda linnea lotta lucas lyyli maaria maarit maija maire maj marita marja marjatta marjo marjukka
marketta markku marko markus marleena martti matias matilda matti mauno merja mervi mia miia mika mikael mikko
milla minna mira mirja mirjam mirva miska mona nea niilo niina niklas niko nina noora nora olavi oliver olli
onni oona oskari osmo ossi otto outi paavo paula pauli pauliina pekka pentti per pertti petra petri petteri pia
piia pirjo pirkko päivi raija raili raimo raisa rasmus reijo reino riikka riitta risto ritva roope rosa ruut
saana saara sakari saku sami sampo samu samuel sanna santeri sara sari sasu satu seija seppo simo sinikka sirkka
sirpa sisko sofia sonja stefan stina susanna suvi sven taina taisto taneli tanja tapani tapio tarja tarmo teemu
tellervo teppo terhi terttu tiia tiina timo tiina toivo tomi tommi toni topi topias tuija tuomas tuomo tuula
tuulikki tytti ulla unto urho uuno valtteri valto vappu veera veikko veli venla vesa vieno viivi vilhelmiina
vilja ville vilma vilho vladimir väinö yrjö
anita anu emmi hely iina ilpo jenna jenni kalevi katri kaj krista lea leila mari marika marjut minttu sanni sini
sirkku teija tero pasi tuire virpi
adam alan alice andrew ann barbara brian charles chris daniel david elizabeth emily george helen jack james jane
jennifer john joseph julie karen kate laura lisa mark mary michael nicholas paul peter richard robert sarah
steven susan thomas tom william
`;

/** The first names above, in lower case. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((name) => name.length > 0));

/**
 * Whether a capitalised word, or either part of a hyphenated one (`Anna-Maija`), is a first name above.
 *
 * @example Usage
 * ```ts
 * import { isFirstName } from "./first_names.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(isFirstName("Anna-Maija"), true);
 * assertEquals(isFirstName("Iisalmen"), false);
 * ```
 */
export function isFirstName(word: string): boolean {
  return word.toLowerCase().split("-").some((part) => FIRST_NAMES.has(part));
}
