// The "Read me" / "Lees mij" sheet of the template: per sheet and column what it holds, its unit
// and its default, in the user's language. Built from ../scenario/columns so it cannot drift from
// what the reader accepts.
import type { Lang } from '../i18n';
import { choiceLabel, columnHeader, settingDefs, sheetDefs, type ColumnKind } from '../scenario/columns';

type Text = readonly [en: string, nl: string];

const kinds: Record<ColumnKind, Text> = {
  string: ['text', 'tekst'],
  number: ['number', 'getal'],
  int: ['whole number', 'geheel getal'],
  fraction: ['fraction (2.25% = 0.0225)', 'fractie (2,25% = 0,0225)'],
  tags: ['list, separated by , or ;', 'lijst, gescheiden door , of ;'],
  bool: ['yes/no', 'ja/nee'],
  choice: ['choice', 'keuze'],
  numOrExpr: ['number or formula over attributes', 'getal of formule over kenmerken'],
  eligibility: ['yes/no or condition', 'ja/nee of voorwaarde'],
};

/** Explanations per sheet.column (and per Settings key as settings.<key>). */
const explain: Record<string, Text> = {
  'settings.key': ['Setting name (always English).', 'Naam van de instelling (altijd Engels).'],
  'settings.value': ['Its value.', 'De waarde.'],
  'settings.low': ['Low value for the uncertainty analysis (optional).', 'Lage waarde voor de onzekerheidsanalyse (optioneel).'],
  'settings.high': ['High value for the uncertainty analysis (optional).', 'Hoge waarde voor de onzekerheidsanalyse (optioneel).'],
  'settings.name': ['Name of the scenario.', 'Naam van het scenario.'],
  'settings.baseYear': ['Base year: price level and discounting base. Required.', 'Basisjaar: prijspeil en basis voor contante waarde. Verplicht.'],
  'settings.horizonYears': ['Number of years in the horizon. Required.', 'Aantal jaren van de horizon. Verplicht.'],
  'settings.discountRate': ['Discount rate per year (real when escalation is 0).', 'Discontovoet per jaar (reëel bij prijsstijging 0).'],
  'settings.discountTiming': ['When in the year costs fall: end, mid or start.', 'Wanneer in het jaar kosten vallen: eind, midden of begin.'],
  'settings.escalationRate': ['Price escalation per year.', 'Prijsstijging per jaar.'],
  'settings.interestRate': ['Interest rate for capital charges.', 'Rente voor kapitaallasten.'],
  'settings.engineeringFixed': ['Preparation and engineering per project, € fixed.', 'Voorbereiding en engineering per project, vast bedrag €.'],
  'settings.engineeringRate': ['Preparation and engineering as a share of direct cost.', 'Voorbereiding en engineering als aandeel van de directe kosten.'],
  'settings.tenderFixed': ['Tender per project, €.', 'Aanbesteding per project, €.'],
  'settings.participationFixed': ['Participation and communication per project, €.', 'Participatie en communicatie per project, €.'],
  'settings.siteFixed': ['Site setup per project, €.', 'Bouwplaatsinrichting per project, €.'],
  'settings.sitePerDay': ['Site and traffic measures per working day, €.', 'Bouwplaats en verkeersmaatregelen per werkdag, €.'],
  'settings.openingCostPerM2': ['Street opening and reinstatement per m², €.', 'Opbreken en herstraten per m², €.'],
  'settings.coordinationPerExtraParty': ['Coordination per extra party in a project, €.', 'Coördinatie per extra partij in een project, €.'],
  'settings.sequentialShare': ['Share of the other works\' days that adds to a project\'s duration.', 'Aandeel van de dagen van de overige werken dat bij de projectduur komt.'],
  'settings.bundleMode': ['Bundling: optimal, manual or none.', 'Bundelen: optimaal, handmatig of geen.'],
  'settings.optimizeFor': ['Optimise for the financial or societal perspective.', 'Optimaliseren voor financieel of maatschappelijk perspectief.'],
  'settings.allocationRule': ['Split of shared costs: direct, equal, standalone, shapley.', 'Verdeling gedeelde kosten: direct, gelijk, zelfstandig, shapley.'],
  'neighbourhoods.id': ['Unique code of the neighbourhood.', 'Unieke code van de wijk.'],
  'neighbourhoods.name': ['Name.', 'Naam.'],
  'neighbourhoods.households': ['Number of households.', 'Aantal huishoudens.'],
  'neighbourhoods.disruptionCostPerDay': ['Disruption cost per working day in this neighbourhood, € (societal only). Add any numeric columns as attributes for variant formulas.', 'Hinderkosten per werkdag in deze wijk, € (alleen maatschappelijk). Voeg getalkolommen toe als kenmerken voor variantformules.'],
  'parties.id': ['Unique code of the party.', 'Unieke code van de partij.'],
  'parties.name': ['Name.', 'Naam.'],
  'parties.type': ['Kind of party.', 'Soort partij.'],
  'works.id': ['Unique code of the work.', 'Unieke code van het werk.'],
  'works.neighbourhood': ['Neighbourhood id.', 'Id van de wijk.'],
  'works.party': ['Owner party id (blank only for a variant work).', 'Id van de eigenaar (alleen leeg bij een variantwerk).'],
  'works.category': ['Category, e.g. sewer, road.', 'Categorie, bijv. riool, weg.'],
  'works.description': ['Description.', 'Omschrijving.'],
  'works.plannedYear': ['Year in which the work falls due.', 'Jaar waarin het werk nodig is.'],
  'works.quantity': ['Quantity in its unit.', 'Hoeveelheid in de eenheid.'],
  'works.unit': ['Unit, e.g. m, m², dwelling.', 'Eenheid, bijv. m, m², woning.'],
  'works.unitCost': ['Cost per unit, € excl. VAT.', 'Prijs per eenheid, € excl. btw.'],
  'works.durationDays': ['Working days on site.', 'Werkdagen op straat.'],
  'works.street': ['Street; works in one street open it once.', 'Straat; werken in één straat breken die één keer open.'],
  'works.openedArea': ['Opened street area, m².', 'Opengebroken oppervlak, m².'],
  'works.maxAdvanceYears': ['Years the work may come earlier.', 'Jaren dat het werk eerder mag.'],
  'works.maxDeferYears': ['Years the work may come later.', 'Jaren dat het werk later mag.'],
  'works.lifetimeYears': ['Lifetime of the new asset, years.', 'Levensduur van het nieuwe object, jaren.'],
  'works.deferralCostPerYear': ['Cost per year of deferring, €.', 'Kosten per jaar uitstel, €.'],
  'works.currentOpex': ['Opex of the existing asset per year, € (default: annual opex).', 'Exploitatie van het bestaande object per jaar, € (standaard: exploitatie).'],
  'works.annualOpex': ['Opex of the new asset per year, €.', 'Exploitatie van het nieuwe object per jaar, €.'],
  'works.bookValue': ['Remaining book value of the existing asset at the base year, €.', 'Resterende boekwaarde van het bestaande object in het basisjaar, €.'],
  'works.tags': ['Labels, used by co-financing rules.', 'Labels, gebruikt door cofinancieringsregels.'],
  'works.bundle': ['Manual bundle id: works with the same id form one project.', 'Handmatige bundel: werken met dezelfde code vormen één project.'],
  'works.variantGroup': ['Variant group: the work takes its content from a variant.', 'Variantgroep: het werk neemt zijn inhoud van een variant.'],
  'works.variant': ['Forces this variant in the differentiated steps.', 'Dwingt deze variant af in de gedifferentieerde stappen.'],
  'works.unitCostLow': ['Low unit cost for the uncertainty analysis.', 'Lage eenheidsprijs voor de onzekerheidsanalyse.'],
  'works.unitCostHigh': ['High unit cost for the uncertainty analysis.', 'Hoge eenheidsprijs voor de onzekerheidsanalyse.'],
  'variants.id': ['Unique code of the variant.', 'Unieke code van de variant.'],
  'variants.group': ['Variant group.', 'Variantgroep.'],
  'variants.name': ['Name.', 'Naam.'],
  'variants.party': ['Owner party id.', 'Id van de eigenaar.'],
  'variants.category': ['Category.', 'Categorie.'],
  'variants.generic': ['Yes for the one generic variant of the group.', 'Ja voor de ene generieke variant van de groep.'],
  'variants.eligibility': ['Condition on attributes, e.g. infiltrationClass >= 2 (blank: always).', 'Voorwaarde op kenmerken, bijv. infiltrationClass >= 2 (leeg: altijd).'],
  'variants.quantity': ['Quantity, e.g. households * 11.', 'Hoeveelheid, bijv. households * 11.'],
  'variants.unit': ['Unit.', 'Eenheid.'],
  'variants.unitCost': ['Cost per unit, €.', 'Prijs per eenheid, €.'],
  'variants.lifetimeYears': ['Lifetime, years. Required.', 'Levensduur, jaren. Verplicht.'],
  'variants.annualOpexPerUnit': ['Opex per unit per year, €.', 'Exploitatie per eenheid per jaar, €.'],
  'variants.durationDays': ['Working days on site.', 'Werkdagen op straat.'],
  'variants.openedArea': ['Opened street area, m².', 'Opengebroken oppervlak, m².'],
  'variants.tags': ['Labels.', 'Labels.'],
  'variants.unitCostLow': ['Low unit cost.', 'Lage eenheidsprijs.'],
  'variants.unitCostHigh': ['High unit cost.', 'Hoge eenheidsprijs.'],
  'bundles.id': ['Bundle id as used on Works.', 'Bundelcode zoals op Werken.'],
  'bundles.year': ['Fixed year of the bundle (blank: cheapest common year).', 'Vast jaar van de bundel (leeg: goedkoopste gemeenschappelijke jaar).'],
  'citizenMaintenance.neighbourhood': ['Neighbourhood id.', 'Id van de wijk.'],
  'citizenMaintenance.task': ['Task, e.g. mowing.', 'Taak, bijv. maaien.'],
  'citizenMaintenance.party': ['Paying party id.', 'Id van de betalende partij.'],
  'citizenMaintenance.contractorHoursPerYear': ['Contractor hours per year.', 'Aannemersuren per jaar.'],
  'citizenMaintenance.hourlyRate': ['Contractor rate per hour, €.', 'Uurtarief aannemer, €.'],
  'citizenMaintenance.residentShare': ['Share residents take over.', 'Aandeel dat bewoners overnemen.'],
  'citizenMaintenance.startYear': ['First year of citizen maintenance (blank: base year).', 'Eerste jaar zelfbeheer (leeg: basisjaar).'],
  'citizenMaintenance.startupCost': ['One-off start-up cost, €.', 'Eenmalige opstartkosten, €.'],
  'citizenMaintenance.coordinationPerYear': ['Coordination per year, €.', 'Coördinatie per jaar, €.'],
  'citizenMaintenance.materialsPerYear': ['Materials per year, €.', 'Materiaal per jaar, €.'],
  'citizenMaintenance.dropoutRate': ['Share of residents dropping out per year.', 'Uitval van bewoners per jaar.'],
  'citizenMaintenance.reserveRate': ['Reserve as a share of the hours taken over.', 'Reserve als aandeel van de overgenomen uren.'],
  'citizenMaintenance.residentHoursPerContractorHour': ['Resident hours per contractor hour (default 1).', 'Bewonersuren per aannemersuur (standaard 1).'],
  'citizenMaintenance.volunteerHourValue': ['Societal value of a volunteer hour, €.', 'Maatschappelijke waarde van een vrijwilligersuur, €.'],
  'coFinancing.id': ['Unique code of the rule.', 'Unieke code van de regel.'],
  'coFinancing.funder': ['Paying party id.', 'Id van de financier.'],
  'coFinancing.share': ['Share of the direct cost paid.', 'Aandeel van de directe kosten dat betaald wordt.'],
  'coFinancing.tags': ['Works with one of these labels (blank: all).', 'Werken met een van deze labels (leeg: alle).'],
  'coFinancing.cap': ['Maximum over the horizon, € (blank: none).', 'Maximum over de horizon, € (leeg: geen).'],
  'coFinancing.fromYear': ['First year (inclusive).', 'Eerste jaar (inclusief).'],
  'coFinancing.toYear': ['Last year (inclusive).', 'Laatste jaar (inclusief).'],
  'budgets.party': ['Party id.', 'Id van de partij.'],
  'budgets.year': ['Year.', 'Jaar.'],
  'budgets.amount': ['Budget in that year, €.', 'Budget in dat jaar, €.'],
};

const columnDefaults: Record<string, string | number> = {
  'works.maxAdvanceYears': 0, 'works.maxDeferYears': 0, 'works.deferralCostPerYear': 0, 'works.bookValue': 0,
  'citizenMaintenance.residentHoursPerContractorHour': 1, 'parties.type': 'other',
};

const pick = (t: Text | undefined, lang: Lang): string => (t ? (lang === 'nl' ? t[1] : t[0]) : '');

export function readmeRows(lang: Lang): (string | number)[][] {
  const nl = lang === 'nl';
  const rows: (string | number)[][] = [
    [nl ? 'Koppelkans scenario-werkmap' : 'Koppelkans scenario workbook'],
    [nl
      ? 'Rij 1 van elk werkblad bevat de kolomnamen (Nederlands of Engels). Kolomvolgorde is vrij, extra kolommen blijven bewaard. Getallen mogen als 1.234,5 of 1,234.5; 15.000 is dubbelzinnig en wordt geweigerd. Bedragen in euro excl. btw.'
      : 'Row 1 of each sheet holds the column names (English or Dutch). Column order is free, extra columns are kept. Numbers may be typed as 1,234.5 or 1.234,5; 15.000 is ambiguous and refused. Amounts in euros excl. VAT.'],
    [nl ? 'Verplichte werkbladen: Instellingen, Wijken, Partijen, Werken.' : 'Required sheets: Settings, Neighbourhoods, Parties, Works.'],
    [],
    nl ? ['Werkblad', 'Kolom', 'Verplicht', 'Soort', 'Standaard', 'Uitleg'] : ['Sheet', 'Column', 'Required', 'Kind', 'Default', 'Explanation'],
  ];
  const yesNo = (b: boolean) => (b ? (nl ? 'ja' : 'yes') : '');
  for (const sheet of sheetDefs) {
    for (const c of sheet.columns) {
      const kind = c.kind === 'choice' && c.choices
        ? `${pick(kinds.choice, lang)}: ${c.choices.map((x) => choiceLabel(x, lang)).join(', ')}`
        : pick(kinds[c.kind], lang);
      const dflt = columnDefaults[`${sheet.key}.${c.key}`];
      rows.push([sheet[lang], columnHeader(sheet.key, c.key, lang), yesNo(c.required), kind,
        typeof dflt === 'string' ? choiceLabel(dflt, lang) : dflt ?? '', pick(explain[`${sheet.key}.${c.key}`], lang)]);
    }
    if (sheet.key === 'settings') {
      for (const s of settingDefs) {
        const kind = s.kind === 'choice' && s.choices
          ? `${pick(kinds.choice, lang)}: ${s.choices.map((x) => choiceLabel(x, lang)).join(', ')}`
          : pick(kinds[s.kind], lang);
        rows.push([sheet[lang], s.key, yesNo(s.required), kind, '', pick(explain[`settings.${s.key}`], lang)]);
      }
    }
  }
  return rows;
}
