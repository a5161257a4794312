/**
 * The site's top-level sections, in sidebar order. The sidebar lists these on every page and expands only
 * the current section, so no page carries a list of every page (see docs/decisions/0005-sidebar.md).
 */
export interface Section {
	/** Folder under content/docs/ (and URL segment). */
	dir: string;
	label: string;
	es: string;
}

export const SECTIONS: readonly Section[] = [
	{ dir: 'protocols', label: 'Care protocols', es: 'Protocolos de atención' },
	{ dir: 'coverage', label: 'Federal coverage rules', es: 'Reglas federales de cobertura' },
	{ dir: 'states', label: 'Coverage by state', es: 'Cobertura por estado' },
	{ dir: 'screening-tools', label: 'Screening tools', es: 'Herramientas de tamizaje' },
	{ dir: 'guides', label: 'Guides', es: 'Guías' },
	{ dir: 'handouts', label: 'Patient handouts', es: 'Hojas para pacientes' },
	{ dir: 'glossary', label: 'Glossary', es: 'Glosario' },
	{ dir: 'search', label: 'Search', es: 'Buscar' },
	{ dir: 'safety', label: 'Leave quickly and browse safely', es: 'Salir rápido y navegar con seguridad' },
	{ dir: 'about', label: 'About', es: 'Acerca de' },
	{ dir: 'privacy', label: 'Privacy', es: 'Privacidad' },
	{ dir: 'contribute', label: 'Contribute', es: 'Colaborar' },
];

/** Sections whose pages are listed in the sidebar only up to this many; beyond it, the section index lists them. */
export const SIDEBAR_SECTION_LIMIT = 60;

/** Starlight sidebar config: one link per section, labels translated. */
export function sidebarConfig() {
	return SECTIONS.map((s) => ({ label: s.label, translations: { es: s.es }, link: `/${s.dir}/` }));
}
