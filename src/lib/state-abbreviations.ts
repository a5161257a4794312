/**
 * Abbreviations used in the state comparison table, the guides and the downloads, explained in place (<abbr>,
 * the table's legend) and on the data dictionary page. Meanings are as the site's coverage pages and the
 * vocabulary already state them (src/schemas/vocabulary.ts MARKETPLACE_TYPES; /coverage/medicaid-and-chip/).
 */
import { MARKETPLACE_TYPES } from '../schemas/vocabulary.ts';

export interface Abbreviation {
	abbr: string;
	en: string;
	es: string;
}

export const STATE_ABBREVIATIONS: readonly Abbreviation[] = [
	{
		abbr: 'ICHIA',
		en: 'The ICHIA / CHIPRA 214 option: a state choice to cover lawfully residing immigrant children or pregnant people in Medicaid or CHIP without the five-year wait',
		es: 'La opción ICHIA / CHIPRA 214: una decisión del estado de cubrir en Medicaid o CHIP a niños o personas embarazadas inmigrantes que residen legalmente, sin el período de espera de cinco años',
	},
	{
		abbr: 'FCEP',
		en: 'From Conception to the End of Pregnancy: the CHIP option that covers prenatal care regardless of immigration status',
		es: 'From Conception to the End of Pregnancy (desde la concepción hasta el final del embarazo): la opción de CHIP que cubre la atención prenatal sin importar el estatus migratorio',
	},
	{ abbr: 'SBE', en: MARKETPLACE_TYPES.SBE.en, es: MARKETPLACE_TYPES.SBE.es },
	{ abbr: 'SBE-FP', en: MARKETPLACE_TYPES['SBE-FP'].en, es: MARKETPLACE_TYPES['SBE-FP'].es },
	{ abbr: 'FFE', en: MARKETPLACE_TYPES.FFE.en, es: MARKETPLACE_TYPES.FFE.es },
	{ abbr: 'CVC', en: 'Crime victim compensation', es: 'Compensación para víctimas de delitos' },
	{ abbr: 'CHIP', en: "Children's Health Insurance Program", es: 'Programa de Seguro Médico para Niños (CHIP)' },
	{ abbr: 'FPL', en: 'Federal poverty level', es: 'Nivel federal de pobreza' },
	{ abbr: 'STI', en: 'Sexually transmitted infection', es: 'Infección de transmisión sexual (ITS)' },
	{ abbr: 'CPS', en: 'Child protective services', es: 'Servicios de protección infantil' },
];

export function abbreviation(abbr: string): Abbreviation | undefined {
	return STATE_ABBREVIATIONS.find((a) => a.abbr === abbr);
}
