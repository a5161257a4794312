/**
 * Controlled vocabularies: the closed lists every page's frontmatter must draw from.
 *
 * Codes are language-neutral (they become URL parameters and search filter values); labels are shown to
 * readers in English and Spanish. Adding a value here is a deliberate editorial decision: an unknown value
 * anywhere in content fails the build.
 */

type Labelled = { readonly en: string; readonly es: string };

function codes<T extends Record<string, unknown>>(table: T) {
	return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}

/** The 50 states, DC and the five inhabited territories, by USPS code. `slug` is the URL segment. */
export const JURISDICTIONS = {
	AL: { name: 'Alabama', slug: 'alabama', kind: 'state' },
	AK: { name: 'Alaska', slug: 'alaska', kind: 'state' },
	AZ: { name: 'Arizona', slug: 'arizona', kind: 'state' },
	AR: { name: 'Arkansas', slug: 'arkansas', kind: 'state' },
	CA: { name: 'California', slug: 'california', kind: 'state' },
	CO: { name: 'Colorado', slug: 'colorado', kind: 'state' },
	CT: { name: 'Connecticut', slug: 'connecticut', kind: 'state' },
	DE: { name: 'Delaware', slug: 'delaware', kind: 'state' },
	DC: { name: 'District of Columbia', slug: 'district-of-columbia', kind: 'district' },
	FL: { name: 'Florida', slug: 'florida', kind: 'state' },
	GA: { name: 'Georgia', slug: 'georgia', kind: 'state' },
	HI: { name: 'Hawaii', slug: 'hawaii', kind: 'state' },
	ID: { name: 'Idaho', slug: 'idaho', kind: 'state' },
	IL: { name: 'Illinois', slug: 'illinois', kind: 'state' },
	IN: { name: 'Indiana', slug: 'indiana', kind: 'state' },
	IA: { name: 'Iowa', slug: 'iowa', kind: 'state' },
	KS: { name: 'Kansas', slug: 'kansas', kind: 'state' },
	KY: { name: 'Kentucky', slug: 'kentucky', kind: 'state' },
	LA: { name: 'Louisiana', slug: 'louisiana', kind: 'state' },
	ME: { name: 'Maine', slug: 'maine', kind: 'state' },
	MD: { name: 'Maryland', slug: 'maryland', kind: 'state' },
	MA: { name: 'Massachusetts', slug: 'massachusetts', kind: 'state' },
	MI: { name: 'Michigan', slug: 'michigan', kind: 'state' },
	MN: { name: 'Minnesota', slug: 'minnesota', kind: 'state' },
	MS: { name: 'Mississippi', slug: 'mississippi', kind: 'state' },
	MO: { name: 'Missouri', slug: 'missouri', kind: 'state' },
	MT: { name: 'Montana', slug: 'montana', kind: 'state' },
	NE: { name: 'Nebraska', slug: 'nebraska', kind: 'state' },
	NV: { name: 'Nevada', slug: 'nevada', kind: 'state' },
	NH: { name: 'New Hampshire', slug: 'new-hampshire', kind: 'state' },
	NJ: { name: 'New Jersey', slug: 'new-jersey', kind: 'state' },
	NM: { name: 'New Mexico', slug: 'new-mexico', kind: 'state' },
	NY: { name: 'New York', slug: 'new-york', kind: 'state' },
	NC: { name: 'North Carolina', slug: 'north-carolina', kind: 'state' },
	ND: { name: 'North Dakota', slug: 'north-dakota', kind: 'state' },
	OH: { name: 'Ohio', slug: 'ohio', kind: 'state' },
	OK: { name: 'Oklahoma', slug: 'oklahoma', kind: 'state' },
	OR: { name: 'Oregon', slug: 'oregon', kind: 'state' },
	PA: { name: 'Pennsylvania', slug: 'pennsylvania', kind: 'state' },
	RI: { name: 'Rhode Island', slug: 'rhode-island', kind: 'state' },
	SC: { name: 'South Carolina', slug: 'south-carolina', kind: 'state' },
	SD: { name: 'South Dakota', slug: 'south-dakota', kind: 'state' },
	TN: { name: 'Tennessee', slug: 'tennessee', kind: 'state' },
	TX: { name: 'Texas', slug: 'texas', kind: 'state' },
	UT: { name: 'Utah', slug: 'utah', kind: 'state' },
	VT: { name: 'Vermont', slug: 'vermont', kind: 'state' },
	VA: { name: 'Virginia', slug: 'virginia', kind: 'state' },
	WA: { name: 'Washington', slug: 'washington', kind: 'state' },
	WV: { name: 'West Virginia', slug: 'west-virginia', kind: 'state' },
	WI: { name: 'Wisconsin', slug: 'wisconsin', kind: 'state' },
	WY: { name: 'Wyoming', slug: 'wyoming', kind: 'state' },
	AS: { name: 'American Samoa', slug: 'american-samoa', kind: 'territory' },
	GU: { name: 'Guam', slug: 'guam', kind: 'territory' },
	MP: { name: 'Northern Mariana Islands', slug: 'northern-mariana-islands', kind: 'territory' },
	PR: { name: 'Puerto Rico', slug: 'puerto-rico', kind: 'territory' },
	VI: { name: 'U.S. Virgin Islands', slug: 'us-virgin-islands', kind: 'territory' },
} as const satisfies Record<string, { name: string; slug: string; kind: 'state' | 'district' | 'territory' }>;
export type JurisdictionCode = keyof typeof JURISDICTIONS;
export const JURISDICTION_CODES = codes(JURISDICTIONS);

/** What a page is about. Used for search filters and browsing. */
export const TOPICS = {
	identification: { en: 'Recognizing trafficking', es: 'Reconocer la trata' },
	screening: { en: 'Screening', es: 'Tamizaje' },
	'trauma-informed-care': { en: 'Trauma-informed care', es: 'Atención informada sobre el trauma' },
	'language-access': { en: 'Language access and interpreters', es: 'Acceso lingüístico e intérpretes' },
	'disclosure-response': { en: 'Responding to disclosure', es: 'Responder a una revelación' },
	'safety-planning': { en: 'Safety planning', es: 'Plan de seguridad' },
	referral: { en: 'Referral and care coordination', es: 'Derivación y coordinación' },
	'emergency-care': { en: 'Emergency care', es: 'Atención de emergencia' },
	'primary-care': { en: 'Primary care', es: 'Atención primaria' },
	pediatrics: { en: 'Children and adolescents', es: 'Niños y adolescentes' },
	'mandatory-reporting': { en: 'Mandatory reporting', es: 'Denuncia obligatoria' },
	'sexual-reproductive-health': { en: 'Sexual and reproductive health', es: 'Salud sexual y reproductiva' },
	'mental-health': { en: 'Mental health', es: 'Salud mental' },
	'substance-use': { en: 'Substance use', es: 'Consumo de sustancias' },
	'labor-trafficking': { en: 'Labor trafficking', es: 'Trata laboral' },
	'occupational-health': { en: 'Occupational health', es: 'Salud ocupacional' },
	'infectious-disease': { en: 'Infectious disease and immunization', es: 'Enfermedades infecciosas y vacunas' },
	'oral-health': { en: 'Dental and oral health', es: 'Salud bucal' },
	documentation: { en: 'Documentation and confidentiality', es: 'Documentación y confidencialidad' },
	coverage: { en: 'Health coverage', es: 'Cobertura de salud' },
	medicaid: { en: 'Medicaid and CHIP', es: 'Medicaid y CHIP' },
	marketplace: { en: 'Marketplace (ACA)', es: 'Mercado de seguros (ACA)' },
	immigration: { en: 'Immigration status', es: 'Estatus migratorio' },
	'crime-victim-compensation': { en: 'Crime victim compensation', es: 'Compensación a víctimas' },
	'uninsured-care': { en: 'Care without insurance', es: 'Atención sin seguro' },
	'institutional-protocol': { en: 'Institutional response protocols', es: 'Protocolos institucionales' },
	'care-team': { en: 'Caring for the care team', es: 'Cuidado del equipo' },
	'privacy-safety': { en: 'Privacy and online safety', es: 'Privacidad y seguridad en línea' },
	'about-site': { en: 'About this site', es: 'Acerca de este sitio' },
} as const satisfies Record<string, Labelled>;
export type Topic = keyof typeof TOPICS;
export const TOPIC_CODES = codes(TOPICS);

/** Who a page is written for. */
export const AUDIENCES = {
	clinician: { en: 'Clinicians (all)', es: 'Profesionales clínicos' },
	physician: { en: 'Physicians', es: 'Médicos' },
	nurse: { en: 'Nurses', es: 'Enfermería' },
	'advanced-practice': { en: 'NPs and PAs', es: 'Enfermería de práctica avanzada y asociados médicos' },
	'social-worker': { en: 'Social workers', es: 'Trabajo social' },
	'mental-health-clinician': { en: 'Mental-health clinicians', es: 'Profesionales de salud mental' },
	dentist: { en: 'Dental professionals', es: 'Profesionales de odontología' },
	'public-health': { en: 'Public-health staff', es: 'Personal de salud pública' },
	'program-lead': { en: 'Program leads', es: 'Responsables de programas' },
	advocate: { en: 'Advocates and case managers', es: 'Defensores y gestores de casos' },
	patient: { en: 'Patients and survivors', es: 'Pacientes y sobrevivientes' },
	contributor: { en: 'Contributors', es: 'Colaboradores' },
} as const satisfies Record<string, Labelled>;
export type Audience = keyof typeof AUDIENCES;
export const AUDIENCE_CODES = codes(AUDIENCES);

/** Where care happens. */
export const SETTINGS = {
	'emergency-department': { en: 'Emergency department', es: 'Servicio de urgencias' },
	'urgent-care': { en: 'Urgent care', es: 'Atención urgente' },
	'primary-care': { en: 'Primary care', es: 'Atención primaria' },
	'pediatric-care': { en: 'Pediatric care', es: 'Atención pediátrica' },
	'school-health': { en: 'School-based health center', es: 'Centro de salud escolar' },
	'reproductive-health': { en: 'Obstetrics, gynecology and family planning', es: 'Obstetricia, ginecología y planificación familiar' },
	'mental-health': { en: 'Mental-health services', es: 'Servicios de salud mental' },
	dental: { en: 'Dental clinic', es: 'Clínica dental' },
	inpatient: { en: 'Hospital inpatient', es: 'Hospitalización' },
	'community-health-center': { en: 'Community health center', es: 'Centro de salud comunitario' },
	'refugee-health': { en: 'Refugee health clinic', es: 'Clínica de salud para refugiados' },
	shelter: { en: 'Shelter or drop-in center', es: 'Albergue o centro de acogida' },
	'child-welfare': { en: 'Child welfare and juvenile justice', es: 'Bienestar infantil y justicia juvenil' },
	'child-advocacy-center': { en: 'Child advocacy center', es: 'Centro de defensa infantil' },
	'social-services': { en: 'Social and victim services', es: 'Servicios sociales y de atención a víctimas' },
	'occupational-health': { en: 'Occupational health', es: 'Salud ocupacional' },
	telehealth: { en: 'Telehealth', es: 'Telesalud' },
	'any-setting': { en: 'Any health-care setting', es: 'Cualquier entorno de salud' },
} as const satisfies Record<string, Labelled>;
export type Setting = keyof typeof SETTINGS;
export const SETTING_CODES = codes(SETTINGS);

/** Whom the care is for. */
export const POPULATIONS = {
	adults: { en: 'Adults', es: 'Adultos' },
	'young-adults': { en: 'Young adults (18–24)', es: 'Adultos jóvenes (18–24)' },
	adolescents: { en: 'Adolescents', es: 'Adolescentes' },
	children: { en: 'Children', es: 'Niños' },
	pregnant: { en: 'Pregnant and postpartum people', es: 'Personas embarazadas y en posparto' },
	'foreign-born': { en: 'Foreign-born survivors', es: 'Sobrevivientes nacidos en el extranjero' },
	'us-born': { en: 'U.S.-born survivors', es: 'Sobrevivientes nacidos en EE. UU.' },
	'labor-trafficking': { en: 'Survivors of labor trafficking', es: 'Sobrevivientes de trata laboral' },
	'sex-trafficking': { en: 'Survivors of sex trafficking', es: 'Sobrevivientes de trata sexual' },
	'homeless-youth': { en: 'Youth experiencing homelessness', es: 'Jóvenes sin hogar' },
	lgbtq: { en: 'LGBTQ+ people', es: 'Personas LGBTQ+' },
	'limited-english': { en: 'People with limited English proficiency', es: 'Personas con dominio limitado del inglés' },
	'deaf-hard-of-hearing': { en: 'Deaf and hard-of-hearing people', es: 'Personas sordas o con pérdida auditiva' },
	'all-patients': { en: 'All patients', es: 'Todos los pacientes' },
} as const satisfies Record<string, Labelled>;
export type Population = keyof typeof POPULATIONS;
export const POPULATION_CODES = codes(POPULATIONS);

/** Page kinds, as shown in search filters. Every docs page has exactly one. */
export const PAGE_KINDS = {
	protocol: { en: 'Protocol', es: 'Protocolo' },
	'state-guide': { en: 'State guide', es: 'Guía estatal' },
	'screening-tool': { en: 'Screening tool', es: 'Herramienta de tamizaje' },
	coverage: { en: 'Coverage rules', es: 'Reglas de cobertura' },
	guide: { en: 'Guide', es: 'Guía' },
	handout: { en: 'Patient handout', es: 'Hoja para pacientes' },
	page: { en: 'Page', es: 'Página' },
} as const satisfies Record<string, Labelled>;
export type PageKind = keyof typeof PAGE_KINDS;
export const PAGE_KIND_CODES = codes(PAGE_KINDS);

/** The folder under content/docs/ each kind of page lives in, so its URL says what it is. `undefined`: anywhere. */
export const KIND_FOLDERS: Record<PageKind, string | undefined> = {
	protocol: 'protocols',
	'state-guide': 'states',
	'screening-tool': 'screening-tools',
	coverage: 'coverage',
	guide: 'guides',
	handout: 'handouts',
	page: undefined,
};

/**
 * Review status of a page, worked out at build time from its review records (content/data/reviews/): never
 * reviewed, reviewed, changed since its review, or due for review again.
 */
export const REVIEW_STATUSES = {
	draft: { en: 'Pending clinical review', es: 'Pendiente de revisión clínica' },
	reviewed: { en: 'Clinically reviewed', es: 'Revisado clínicamente' },
	changed: { en: 'Changed since review', es: 'Modificado desde la revisión' },
	overdue: { en: 'Review overdue', es: 'Revisión vencida' },
} as const satisfies Record<string, Labelled>;
export type ReviewStatus = keyof typeof REVIEW_STATUSES;
export const REVIEW_STATUS_CODES = codes(REVIEW_STATUSES);

/** How strongly a protocol recommends an action (after NICE's verbs). */
export const RECOMMENDATION_STRENGTHS = {
	offer: { en: 'Offer', es: 'Ofrecer' },
	consider: { en: 'Consider', es: 'Considerar' },
	'do-not': { en: 'Do not', es: 'No hacer' },
} as const satisfies Record<string, Labelled>;
export type RecommendationStrength = keyof typeof RECOMMENDATION_STRENGTHS;
export const RECOMMENDATION_STRENGTH_CODES = codes(RECOMMENDATION_STRENGTHS);

/** What kind of evidence stands behind a recommendation. Most trafficking care rests on consensus: say so. */
export const EVIDENCE_TYPES = {
	'validated-study': { en: 'Validated study', es: 'Estudio validado' },
	guideline: { en: 'Guideline', es: 'Guía de práctica' },
	'expert-consensus': { en: 'Expert consensus', es: 'Consenso de expertos' },
} as const satisfies Record<string, Labelled>;
export type EvidenceType = keyof typeof EVIDENCE_TYPES;
export const EVIDENCE_TYPE_CODES = codes(EVIDENCE_TYPES);

/** What a screening tool is for. PEARR-style response approaches are not screens. */
export const TOOL_KINDS = {
	screening: { en: 'Screening tool', es: 'Herramienta de tamizaje' },
	identification: { en: 'Identification or assessment tool', es: 'Herramienta de identificación o evaluación' },
	'response-approach': { en: 'Response approach (not a screen)', es: 'Enfoque de respuesta (no es tamizaje)' },
} as const satisfies Record<string, Labelled>;
export type ToolKind = keyof typeof TOOL_KINDS;
export const TOOL_KIND_CODES = codes(TOOL_KINDS);

/**
 * How far a tool's accuracy has been studied. Never typed by an author: src/lib/tool-evidence.ts derives it from the
 * tool's studies, so a tool with no accuracy study can never be labelled validated.
 */
export const VALIDATION_STATUSES = {
	'external-accuracy': { en: 'Accuracy measured in an independent sample', es: 'Precisión medida en una muestra independiente' },
	'external-secondary': {
		en: 'Independent-sample accuracy reported, read only in a secondary source',
		es: 'Precisión en muestra independiente publicada, leída solo en una fuente secundaria',
	},
	'internal-accuracy': {
		en: 'Accuracy measured only in the sample used to build it',
		es: 'Precisión medida solo en la muestra usada para construirla',
	},
	'validity-only': { en: 'Validity evidence, no accuracy figures', es: 'Evidencia de validez, sin cifras de precisión' },
	pretested: { en: 'Pretested only', es: 'Solo prueba piloto' },
	'no-accuracy-study': { en: 'No accuracy study found', es: 'No se encontró estudio de precisión' },
	'not-applicable': { en: 'Not applicable (not a screen)', es: 'No aplica (no es tamizaje)' },
} as const satisfies Record<string, Labelled>;
export type ValidationStatus = keyof typeof VALIDATION_STATUSES;
export const VALIDATION_STATUS_CODES = codes(VALIDATION_STATUSES);

/** What a study did for the tool: building it, testing it on new people, or something short of accuracy. */
export const STUDY_ROLES = {
	'external-validation': { en: 'External validation (new sample)', es: 'Validación externa (muestra nueva)' },
	'internal-validation': { en: 'Internal validation (same source population)', es: 'Validación interna (misma población de origen)' },
	derivation: { en: 'Derivation (items chosen in the same data)', es: 'Derivación (ítems elegidos con los mismos datos)' },
	'adapted-version': { en: 'Modified version of the tool', es: 'Versión modificada de la herramienta' },
	'predictive-validity': {
		en: 'Predictive validity of items (no accuracy figures)',
		es: 'Validez predictiva de ítems (sin cifras de precisión)',
	},
	'construct-validity': { en: 'Construct validity (no accuracy figures)', es: 'Validez de constructo (sin cifras de precisión)' },
	pretest: { en: 'Pretest (no reference standard)', es: 'Prueba piloto (sin patrón de referencia)' },
} as const satisfies Record<string, Labelled>;
export type StudyRole = keyof typeof STUDY_ROLES;
export const STUDY_ROLE_CODES = codes(STUDY_ROLES);

/** How participants were sampled: case-control samples overstate accuracy. */
export const STUDY_SAMPLINGS = {
	prospective: { en: 'prospective', es: 'prospectivo' },
	'cross-sectional': { en: 'cross-sectional', es: 'transversal' },
	'case-control': { en: 'case-control', es: 'casos y controles' },
	'not-stated': { en: 'sampling not stated', es: 'muestreo no indicado' },
} as const satisfies Record<string, Labelled>;
export type StudySampling = keyof typeof STUDY_SAMPLINGS;
export const STUDY_SAMPLING_CODES = codes(STUDY_SAMPLINGS);

/** Where this site read a study's figures: the strongest reading is the article itself. */
export const FIGURE_GRADES = {
	article: { en: 'read in the article', es: 'leídas en el artículo' },
	abstract: { en: 'read in the abstract only', es: 'leídas solo en el resumen' },
	secondary: { en: 'read only in a secondary source', es: 'leídas solo en una fuente secundaria' },
} as const satisfies Record<string, Labelled>;
export type FigureGrade = keyof typeof FIGURE_GRADES;
export const FIGURE_GRADE_CODES = codes(FIGURE_GRADES);

/** Health Insurance Marketplace models for a plan year (CMS terms). */
export const MARKETPLACE_TYPES = {
	SBE: { en: 'State-based exchange', es: 'Mercado estatal' },
	'SBE-FP': {
		en: 'State-based exchange on the federal platform (HealthCare.gov)',
		es: 'Mercado estatal en la plataforma federal (HealthCare.gov)',
	},
	FFE: { en: 'Federally facilitated exchange (HealthCare.gov)', es: 'Mercado federal (HealthCare.gov)' },
	none: {
		en: 'No Marketplace with federal premium tax credits',
		es: 'Sin Mercado con créditos fiscales federales para primas',
	},
} as const satisfies Record<string, Labelled>;
export type MarketplaceType = keyof typeof MARKETPLACE_TYPES;
export const MARKETPLACE_TYPE_CODES = codes(MARKETPLACE_TYPES);

/** Patient groups the coverage rules tell apart (ages as Medicaid counts them). */
export const PATIENT_GROUPS = {
	child: { en: 'Child (under 19)', es: 'Niño, niña o adolescente (menor de 19 años)' },
	pregnant: { en: 'Pregnant', es: 'Embarazada' },
	adult: { en: 'Adult, 19 to 64', es: 'Persona adulta de 19 a 64 años' },
	'older-adult': { en: 'Adult, 65 or older', es: 'Persona adulta de 65 años o más' },
} as const satisfies Record<string, Labelled>;
export type PatientGroup = keyof typeof PATIENT_GROUPS;
export const PATIENT_GROUP_CODES = codes(PATIENT_GROUPS);

/**
 * Immigration situations the coverage rules tell apart. The codes are URL parameters of the coverage navigator
 * (`?status=t-visa`): never rename one; add a new code instead.
 */
export const IMMIGRATION_SITUATIONS = {
	citizen: { en: 'U.S. citizen', es: 'Ciudadano o ciudadana de EE. UU.' },
	'lpr-under-5': {
		en: 'Lawful permanent resident (green card) for less than 5 years',
		es: 'Residente permanente legal (tarjeta verde) desde hace menos de 5 años',
	},
	'lpr-5-plus': {
		en: 'Lawful permanent resident for 5 years or more',
		es: 'Residente permanente legal desde hace 5 años o más',
	},
	't-visa': {
		en: 'Certified adult survivor or T-visa holder, without a green card',
		es: 'Sobreviviente adulto certificado o titular de visa T, sin tarjeta verde',
	},
	't-pending': {
		en: 'T-visa application pending, with a prima facie or bona fide determination',
		es: 'Solicitud de visa T pendiente, con determinación prima facie o de buena fe',
	},
	'eligibility-letter': { en: 'Child with an HHS Eligibility Letter', es: 'Menor con Carta de Elegibilidad del HHS' },
	'continued-presence': { en: 'Continued Presence', es: 'Presencia Continuada (Continued Presence)' },
	'u-visa': { en: 'U-visa holder or petitioner', es: 'Titular o solicitante de visa U' },
	'asylum-applicant': { en: 'Asylum applicant', es: 'Solicitante de asilo' },
	'no-status': { en: 'No lawful immigration status', es: 'Sin estatus migratorio legal' },
} as const satisfies Record<string, Labelled>;
export type ImmigrationSituation = keyof typeof IMMIGRATION_SITUATIONS;
export const IMMIGRATION_SITUATION_CODES = codes(IMMIGRATION_SITUATIONS);

/** What a state program gives. */
export const PROGRAM_BENEFITS = {
	'full-coverage': { en: 'Comprehensive health coverage', es: 'Cobertura de salud integral' },
	'limited-coverage': {
		en: 'Limited health coverage (e.g. emergency or pregnancy care only)',
		es: 'Cobertura de salud limitada (p. ej., solo emergencias o embarazo)',
	},
	cash: { en: 'Cash assistance', es: 'Asistencia en efectivo' },
	food: { en: 'Food assistance', es: 'Asistencia alimentaria' },
	'victim-services': { en: 'Case management and victim services', es: 'Gestión de casos y servicios a víctimas' },
	certification: {
		en: 'State confirmation or certification of victim status',
		es: 'Confirmación o certificación estatal de la condición de víctima',
	},
	legal: { en: 'Legal services', es: 'Servicios legales' },
	housing: { en: 'Housing or shelter', es: 'Vivienda o albergue' },
	employment: { en: 'Employment services', es: 'Servicios de empleo' },
} as const satisfies Record<string, Labelled>;
export type ProgramBenefit = keyof typeof PROGRAM_BENEFITS;
export const PROGRAM_BENEFIT_CODES = codes(PROGRAM_BENEFITS);

/** Whether a program takes new people. */
export const ENROLLMENT_STATUSES = {
	open: { en: 'Open to new applicants', es: 'Abierto a nuevas solicitudes' },
	'closed-to-new': { en: 'Closed to new applicants', es: 'Cerrado a nuevas solicitudes' },
	ended: { en: 'Ended', es: 'Terminado' },
} as const satisfies Record<string, Labelled>;
export type EnrollmentStatus = keyof typeof ENROLLMENT_STATUSES;
export const ENROLLMENT_STATUS_CODES = codes(ENROLLMENT_STATUSES);

/** Whether state law makes health professionals report trafficking of an adult. */
export const ADULT_REPORTING_DUTIES = {
	required: { en: 'Required by state law', es: 'Obligatorio por ley estatal' },
	permitted: { en: 'Permitted, not required', es: 'Permitido, no obligatorio' },
	'not-required': {
		en: 'No trafficking-specific duty (other duties, such as injury or vulnerable-adult reporting, may apply)',
		es: 'Sin obligación específica sobre la trata (pueden aplicar otras, como lesiones o adultos vulnerables)',
	},
} as const satisfies Record<string, Labelled>;
export type AdultReportingDuty = keyof typeof ADULT_REPORTING_DUTIES;
export const ADULT_REPORTING_DUTY_CODES = codes(ADULT_REPORTING_DUTIES);

/** When a minor may consent to a kind of care without a parent. */
export const MINOR_CONSENT_RULES = {
	'any-age': { en: 'At any age', es: 'A cualquier edad' },
	'from-age': { en: 'From a stated age', es: 'Desde una edad determinada' },
	conditional: { en: 'Only in stated circumstances', es: 'Solo en ciertas circunstancias' },
	'no-statute': { en: 'No statute gives minors this right', es: 'Ninguna ley da este derecho a menores' },
} as const satisfies Record<string, Labelled>;
export type MinorConsentRule = keyof typeof MINOR_CONSENT_RULES;
export const MINOR_CONSENT_RULE_CODES = codes(MINOR_CONSENT_RULES);

/** How state law treats a minor sold for sex (safe-harbor laws). */
export const SAFE_HARBOR_TYPES = {
	'no-prosecution': {
		en: 'Minors cannot be prosecuted for prostitution',
		es: 'No se puede procesar a menores por prostitución',
	},
	diversion: { en: 'Minors may be charged but are diverted to services', es: 'Se puede acusar a menores, pero se les deriva a servicios' },
	'affirmative-defense': { en: 'Trafficking is a defense to the charge', es: 'La trata es una defensa ante el cargo' },
	none: { en: 'No safe-harbor protection', es: 'Sin protección de puerto seguro' },
} as const satisfies Record<string, Labelled>;
export type SafeHarborType = keyof typeof SAFE_HARBOR_TYPES;
export const SAFE_HARBOR_TYPE_CODES = codes(SAFE_HARBOR_TYPES);

/** Whether a fact was read in its primary source or only in a secondary one. */
export const SOURCE_GRADES = {
	primary: { en: 'Primary source', es: 'Fuente primaria' },
	secondary: { en: 'Secondary source: confirm with the primary', es: 'Fuente secundaria: confirmar con la primaria' },
} as const satisfies Record<string, Labelled>;
export type SourceGrade = keyof typeof SOURCE_GRADES;
export const SOURCE_GRADE_CODES = codes(SOURCE_GRADES);

/** Languages the site publishes in. English is the root locale. */
export const SITE_LANGUAGES = { en: { en: 'English', es: 'Inglés' }, es: { en: 'Spanish', es: 'Español' } } as const;
export type SiteLanguage = keyof typeof SITE_LANGUAGES;
export const SITE_LANGUAGE_CODES = codes(SITE_LANGUAGES);

/** A vocabulary label in the reader's language. */
export function label(table: Record<string, Labelled>, code: string, lang: string): string {
	const entry = table[code];
	if (!entry) return code;
	return lang.startsWith('es') ? entry.es : entry.en;
}
