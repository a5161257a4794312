/**
 * Reader-facing words for the coverage rules' codes (src/rules/types.ts), in English and Spanish. The state
 * matrix, the navigator and its JSON use them. `{date}` in a label is replaced by the rule's day, formatted for
 * the reader, so no date is ever written here.
 */
import { dayBefore, KEY_DATES } from '../rules/federal-rules.ts';
import type { ConditionCode, ReasonCode, RouteCode, RouteStatus } from '../rules/types.ts';

type Labelled = { readonly en: string; readonly es: string };

export const ROUTE_LABELS: Record<RouteCode, Labelled> = {
	'full-medicaid': { en: 'Full Medicaid or CHIP (federal)', es: 'Medicaid o CHIP completo (federal)' },
	ichia: {
		en: 'Medicaid/CHIP for lawfully residing children and pregnant people (ICHIA option)',
		es: 'Medicaid/CHIP para niños y embarazadas con residencia legal (opción ICHIA)',
	},
	'chip-unborn-child': {
		en: 'CHIP prenatal coverage for the unborn child (FCEP, e.g. CHIP Perinatal)',
		es: 'Cobertura prenatal de CHIP para el bebé por nacer (FCEP, p. ej. CHIP Perinatal)',
	},
	'emergency-medicaid': { en: 'Emergency Medicaid', es: 'Medicaid de emergencia' },
	'state-funded': { en: 'State-funded coverage', es: 'Cobertura pagada por el estado' },
	'refugee-medical-assistance': { en: 'Refugee Medical Assistance (RMA)', es: 'Asistencia Médica para Refugiados (RMA)' },
	urm: { en: 'Unaccompanied Refugee Minors program (URM)', es: 'Programa de Menores Refugiados No Acompañados (URM)' },
	'marketplace-ptc': {
		en: 'Marketplace plan with premium tax credit',
		es: 'Plan del Mercado con crédito fiscal para la prima',
	},
	'marketplace-no-ptc': { en: 'Marketplace plan at full price', es: 'Plan del Mercado a precio completo' },
	medicare: { en: 'Medicare', es: 'Medicare' },
	'crime-victim-compensation': { en: 'Crime victim compensation', es: 'Compensación a víctimas de delitos' },
	'safety-net-clinics': {
		en: 'Health centers, Title X clinics, Ryan White HIV care',
		es: 'Centros de salud, clínicas del Título X, atención del VIH Ryan White',
	},
};

export const STATUS_LABELS: Record<RouteStatus, Labelled> = {
	open: { en: 'Open', es: 'Abierta' },
	closed: { en: 'Closed', es: 'Cerrada' },
	'not-verified': { en: 'Not yet verified', es: 'Aún sin verificar' },
};

export const REASON_LABELS: Record<ReasonCode, Labelled> = {
	'eligible-status': { en: 'The status is on the federal list.', es: 'El estatus figura en la lista federal.' },
	'five-year-bar': {
		en: 'New permanent residents wait five years for full federal Medicaid.',
		es: 'Los residentes permanentes nuevos esperan cinco años para Medicaid federal completo.',
	},
	'status-not-listed-71109': {
		en: 'From {date}, federal Medicaid/CHIP pays only for citizens, permanent residents, Cuban/Haitian entrants and COFA migrants.',
		es: 'Desde el {date}, Medicaid/CHIP federal solo paga por ciudadanos, residentes permanentes, entrantes cubanos o haitianos y migrantes COFA.',
	},
	'not-qualified-alien': {
		en: 'This status is not a "qualified alien" status for federal Medicaid.',
		es: 'Este estatus no es de "extranjero calificado" para Medicaid federal.',
	},
	'refugee-equivalent': {
		en: 'Certified survivors and children with an Eligibility Letter get benefits as refugees do.',
		es: 'Los sobrevivientes certificados y los menores con Carta de Elegibilidad reciben beneficios como los refugiados.',
	},
	'uncertified-bar-unclear': {
		en: 'A prima facie T applicant is a qualified alien; whether the five-year wait applies before certification is not verified.',
		es: 'Quien solicita la visa T con caso prima facie es extranjero calificado; no está verificado si la espera de cinco años aplica antes de la certificación.',
	},
	'lawfully-residing': { en: 'Counts as lawfully residing.', es: 'Cuenta como residencia legal.' },
	'lawfully-residing-unclear': {
		en: 'Whether CMS counts this status as lawfully residing is not verified here.',
		es: 'No está verificado aquí si CMS considera este estatus como residencia legal.',
	},
	'not-lawfully-residing': {
		en: 'The option covers only lawfully residing people.',
		es: 'La opción cubre solo a personas con residencia legal.',
	},
	'state-option-elected': { en: 'The state has chosen this federal option.', es: 'El estado eligió esta opción federal.' },
	'state-option-not-elected': { en: 'The state has not chosen this option.', es: 'El estado no eligió esta opción.' },
	'fact-missing': {
		en: 'The state fact this depends on is not yet verified on this site.',
		es: 'El dato estatal del que depende aún no está verificado en este sitio.',
	},
	'no-immigration-test': {
		en: 'Covers the pregnancy whatever the parent’s immigration status.',
		es: 'Cubre el embarazo sea cual sea el estatus migratorio de la madre.',
	},
	'full-coverage-applies': { en: 'Fuller coverage applies instead.', es: 'Aplica en su lugar una cobertura más completa.' },
	'emergency-only': {
		en: 'Pays for emergency treatment, including labor and delivery, when status bars full coverage.',
		es: 'Paga el tratamiento de emergencias, incluido el parto, cuando el estatus impide la cobertura completa.',
	},
	'state-program-matches': { en: 'A state program serves this group.', es: 'Un programa estatal atiende a este grupo.' },
	'no-state-program-matches': { en: 'No state program found for this group.', es: 'No se encontró programa estatal para este grupo.' },
	'group-not-covered': { en: 'Not for this patient group.', es: 'No es para este grupo de pacientes.' },
	'not-refugee-eligible': { en: 'Only for refugee-eligible people.', es: 'Solo para personas con elegibilidad de refugiado.' },
	'needs-certification': {
		en: 'Open once HHS certifies the survivor (bona fide T application).',
		es: 'Se abre cuando el HHS certifica al sobreviviente (solicitud T de buena fe).',
	},
	'unaccompanied-minor-program': {
		en: 'Unaccompanied minors with this status can enter URM foster care.',
		es: 'Los menores no acompañados con este estatus pueden entrar en el cuidado de crianza de URM.',
	},
	'ptc-eligible-alien': {
		en: 'Eligible for the credit under federal tax law.',
		es: 'Elegible para el crédito según la ley tributaria federal.',
	},
	'ptc-lawfully-present': {
		en: 'Lawfully present: the credit is available until {date}.',
		es: 'Presencia legal: el crédito existe hasta el {date}.',
	},
	'ptc-status-unclear': {
		en: 'Whether this status counts as lawfully present is not verified here.',
		es: 'No está verificado aquí si este estatus cuenta como presencia legal.',
	},
	'ptc-not-eligible-alien-71301': {
		en: 'From {date}, the credit is only for citizens, permanent residents, Cuban/Haitian entrants and COFA migrants.',
		es: 'Desde el {date}, el crédito es solo para ciudadanos, residentes permanentes, entrantes cubanos o haitianos y migrantes COFA.',
	},
	'not-lawfully-present': { en: 'No credit for people not lawfully present.', es: 'No hay crédito para personas sin presencia legal.' },
	'marketplace-status-unclear': {
		en: 'Whether this status may buy a Marketplace plan is not verified here.',
		es: 'No está verificado aquí si este estatus permite comprar un plan del Mercado.',
	},
	'no-marketplace': { en: 'There is no Marketplace here.', es: 'Aquí no hay Mercado de seguros.' },
	'medicare-eligible-status': { en: 'The status is on Medicare’s list.', es: 'El estatus figura en la lista de Medicare.' },
	'medicare-status-limited-71201': {
		en: 'Medicare is limited to citizens, permanent residents, Cuban/Haitian entrants and COFA migrants.',
		es: 'Medicare se limita a ciudadanos, residentes permanentes, entrantes cubanos o haitianos y migrantes COFA.',
	},
	'medicare-work-history-unclear': {
		en: 'Depends on work credits or the five-year buy-in rule, not verified here.',
		es: 'Depende de los créditos de trabajo o de la regla de compra tras cinco años, no verificada aquí.',
	},
	'medicare-before-71201-not-modelled': {
		en: 'Rules before {date} are not modelled here.',
		es: 'Las reglas anteriores al {date} no se modelan aquí.',
	},
	'state-compensation-program': {
		en: 'The state program can pay crime-related medical and counseling costs.',
		es: 'El programa estatal puede pagar gastos médicos y de consejería causados por el delito.',
	},
	'serves-regardless-of-ability-to-pay': {
		en: 'They serve patients whatever their ability to pay, on a sliding fee.',
		es: 'Atienden a pacientes sin importar su capacidad de pago, con tarifa escalonada.',
	},
};

export const CONDITION_LABELS: Record<ConditionCode, Labelled> = {
	'income-and-residency': { en: 'Income and residency rules still apply.', es: 'Siguen aplicando las reglas de ingresos y residencia.' },
	'community-engagement': {
		en: 'Adults in the expansion group must show 80 hours a month of work or another activity, unless exempt.',
		es: 'Los adultos del grupo de expansión deben acreditar 80 horas al mes de trabajo u otra actividad, salvo exención.',
	},
	'good-faith-exemption-possible': {
		en: 'The state may have a good-faith exemption, at the latest until {date}.',
		es: 'El estado puede tener una exención de buena fe, como máximo hasta el {date}.',
	},
	'former-refugee-or-survivor-may-be-exempt': {
		en: 'A green-card holder who was a refugee or certified survivor may be exempt from the wait (CMS SHO #26-001; not verified here).',
		es: 'Quien tiene tarjeta verde y fue refugiado o sobreviviente certificado puede estar exento de la espera (CMS SHO #26-001; no verificado aquí).',
	},
	'after-certification': { en: 'After HHS certification.', es: 'Tras la certificación del HHS.' },
	'medicaid-first': { en: 'Only when Medicaid is not available.', es: 'Solo si no hay Medicaid.' },
	'time-limited': {
		en: 'For a limited number of months from the eligibility date.',
		es: 'Por un número limitado de meses desde la fecha de elegibilidad.',
	},
	unaccompanied: { en: 'The child must be unaccompanied.', es: 'El menor debe estar no acompañado.' },
	'u-status-granted': { en: 'U status must be granted (not only requested).', es: 'La visa U debe estar concedida (no solo solicitada).' },
	'income-at-least-100-fpl': {
		en: 'Income must be at least the poverty line.',
		es: 'Los ingresos deben alcanzar al menos la línea de pobreza.',
	},
	'last-plan-year-with-credit': {
		en: 'The credit ends on {date} for this status.',
		es: 'El crédito termina el {date} para este estatus.',
	},
	'work-history-or-buy-in': {
		en: 'Premium-free Part A needs work credits; otherwise premiums apply.',
		es: 'La Parte A sin prima requiere créditos de trabajo; si no, se pagan primas.',
	},
	'current-enrollees-until-cutoff': {
		en: 'People enrolled before the law lose Medicare on {date}.',
		es: 'Quienes estaban inscritos antes de la ley pierden Medicare el {date}.',
	},
	'prwora-notice-litigation': {
		en: 'An HHS notice of {date} on immigrant eligibility for these programs is in litigation; ask the clinic.',
		es: 'Un aviso del HHS del {date} sobre la elegibilidad de inmigrantes está en litigio; pregunte en la clínica.',
	},
	'state-program-rules': { en: 'The program’s own rules decide.', es: 'Deciden las reglas del propio programa.' },
	'pregnancy-services-only': {
		en: 'Pregnancy care only; no 12 months of postpartum Medicaid.',
		es: 'Solo atención del embarazo; sin 12 meses de Medicaid posparto.',
	},
};

/** Short route names for the cells of the state matrix. */
export const ROUTE_SHORT_LABELS: Record<RouteCode, Labelled> = {
	'full-medicaid': { en: 'Medicaid/CHIP', es: 'Medicaid/CHIP' },
	ichia: { en: 'ICHIA', es: 'ICHIA' },
	'chip-unborn-child': { en: 'FCEP (prenatal)', es: 'FCEP (prenatal)' },
	'emergency-medicaid': { en: 'Emergency Medicaid', es: 'Medicaid de emergencia' },
	'state-funded': { en: 'State program', es: 'Programa estatal' },
	'refugee-medical-assistance': { en: 'RMA', es: 'RMA' },
	urm: { en: 'URM', es: 'URM' },
	'marketplace-ptc': { en: 'Marketplace + credit', es: 'Mercado + crédito' },
	'marketplace-no-ptc': { en: 'Marketplace', es: 'Mercado' },
	medicare: { en: 'Medicare', es: 'Medicare' },
	'crime-victim-compensation': { en: 'Victim compensation', es: 'Compensación a víctimas' },
	'safety-net-clinics': { en: 'Health centers', es: 'Centros de salud' },
};

/** The day each `{date}` label speaks of, from the dated rule data. */
export const LABEL_DATES: Partial<Record<ReasonCode | ConditionCode, string>> = {
	'status-not-listed-71109': KEY_DATES.medicaidStatusLimit,
	'ptc-lawfully-present': dayBefore(KEY_DATES.ptcEligibleAliensOnly),
	'ptc-not-eligible-alien-71301': KEY_DATES.ptcEligibleAliensOnly,
	'good-faith-exemption-possible': KEY_DATES.goodFaithExemptionEnds,
	'last-plan-year-with-credit': dayBefore(KEY_DATES.ptcEligibleAliensOnly),
	'current-enrollees-until-cutoff': KEY_DATES.medicareCurrentEnrolleesEnd,
	'medicare-before-71201-not-modelled': KEY_DATES.enactment,
	'prwora-notice-litigation': KEY_DATES.prworaNotice,
};

const pick = (l: Labelled, lang: string) => (lang.startsWith('es') ? l.es : l.en);

/** A reason or condition in the reader's language, with its day filled in by `formatDay`. */
export function codeText(
	table: Record<string, Labelled>,
	code: ReasonCode | ConditionCode,
	lang: string,
	formatDay: (iso: string, lang: string) => string,
): string {
	const entry = table[code];
	if (!entry) return code;
	const day = LABEL_DATES[code];
	return pick(entry, lang).replace('{date}', day ? formatDay(day, lang) : '');
}
