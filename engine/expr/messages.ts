// Texts for expression problems (Variants sheet). Problems name the sheet, row and column
// themselves; these say what is wrong with the expression.
import { registerMessages } from '../i18n';

export const nl = {
  'expr.tooLong': 'De formule is {length} tekens lang; ten hoogste {max} is toegestaan.',
  'expr.decimalComma': 'Decimale komma in de formule ("{text}"): schrijf een decimale punt ("{suggestion}"). Zet tussen argumenten van een functie een spatie na de komma: max(1, 5).',
  'expr.empty': 'De formule is leeg.',
  'expr.syntax': 'De formule is niet te lezen: {message}',
  'expr.unknownName': 'Onbekende naam "{name}" in de formule. Bekend zijn: {known}. Namen zijn hoofdlettergevoelig.',
  'expr.forbiddenFunction': 'De functie "{name}" is niet toegestaan in een formule.',
  'expr.unknownFunction': 'De functie "{name}" bestaat niet in formules; toegestaan zijn {allowed}.',
  'expr.forbiddenSyntax': 'Niet toegestaan in een formule: {what}. Alleen getallen, rekenen, vergelijken, and/or/not, haakjes, min, max, round, floor, ceil, abs en wijkkenmerken.',
  'expr.arity': 'De functie {name} krijgt hier {count} argumenten; dat aantal kan niet.',
  'expr.missingAttribute': 'Wijk {neighbourhood} heeft geen waarde voor kenmerk "{name}" dat de formule gebruikt.',
  'expr.evalError': 'De formule is voor wijk {neighbourhood} niet uit te rekenen: {message}',
  'expr.notFinite': 'De formule geeft voor wijk {neighbourhood} geen eindig getal maar {value} (bijvoorbeeld delen door nul).',
  'expr.notBoolean': 'De geschiktheid geeft voor wijk {neighbourhood} geen waar of onwaar maar {value}.',
};

export const en: typeof nl = {
  'expr.tooLong': 'The expression is {length} characters long; at most {max} are allowed.',
  'expr.decimalComma': 'Decimal comma in the expression ("{text}"): write a decimal point ("{suggestion}"). Between function arguments put a space after the comma: max(1, 5).',
  'expr.empty': 'The expression is empty.',
  'expr.syntax': 'The expression cannot be read: {message}',
  'expr.unknownName': 'Unknown name "{name}" in the expression. Known names: {known}. Names are case-sensitive.',
  'expr.forbiddenFunction': 'The function "{name}" is not allowed in an expression.',
  'expr.unknownFunction': 'The function "{name}" does not exist in expressions; allowed are {allowed}.',
  'expr.forbiddenSyntax': 'Not allowed in an expression: {what}. Only numbers, arithmetic, comparison, and/or/not, parentheses, min, max, round, floor, ceil, abs and neighbourhood attributes.',
  'expr.arity': 'The function {name} gets {count} arguments here, which it does not take.',
  'expr.missingAttribute': 'Neighbourhood {neighbourhood} has no value for attribute "{name}" used by the expression.',
  'expr.evalError': 'The expression cannot be computed for neighbourhood {neighbourhood}: {message}',
  'expr.notFinite': 'For neighbourhood {neighbourhood} the expression gives no finite number but {value} (for example division by zero).',
  'expr.notBoolean': 'For neighbourhood {neighbourhood} the eligibility gives not true or false but {value}.',
};

registerMessages(nl, en);
