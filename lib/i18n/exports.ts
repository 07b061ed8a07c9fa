/**
 * What exported tables say in place of people's contact details removed from
 * free text, in both languages.
 *
 * @module
 */
import { defineMessages } from "./mod.ts";

/** The markers left where an e-mail address, a phone number or a person's name beside a role was. */
export const EXPORT_TEXT = defineMessages({
  emailRemoved: "[sähköpostiosoite poistettu]",
  phoneRemoved: "[puhelinnumero poistettu]",
  nameRemoved: "[nimi poistettu]",
}, {
  emailRemoved: "[e-mail address removed]",
  phoneRemoved: "[phone number removed]",
  nameRemoved: "[name removed]",
});
