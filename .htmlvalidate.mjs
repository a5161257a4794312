/**
 * html-validate over the built site (tests/site/html-valid.test.ts). Every rule we relax is listed with why;
 * all other recommended and document rules apply and must pass with zero errors.
 */
export default {
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// Every asset is same-origin and the CSP allows only this origin and hashed inline scripts;
		// Subresource Integrity would add nothing (it guards third-party CDNs, which this site never uses).
		'require-sri': 'off',
		// Starlight's own buttons (search, theme, menu, code copy) sit outside forms and omit type="button".
		'no-implicit-button-type': 'off',
		// Starlight renders the table of contents twice (phone and desktop layouts, one hidden at a time),
		// both named by the same "On this page" heading.
		'unique-landmark': 'off',
		// Starlight puts the "On this page" heading (h2) before the page's h1 in source order.
		'heading-level': ['error', { minInitialRank: 'h2' }],
		// HTML5 allows ids that start with a digit or "_" (Starlight's "_top", headings such as "2026-…").
		'valid-id': ['error', { relaxed: true }],
		// Non-breaking hyphens would break copying and dialling phone numbers; tel: links use white-space: nowrap.
		'tel-non-breaking': 'off',
		// Style-only rules about how attributes are written in Astro's minified output.
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		'void-style': 'off',
		'no-trailing-whitespace': 'off',
		// Starlight sets CSS custom properties in style attributes (allowed by the CSP's style-src-attr).
		'no-inline-style': 'off',
		// Checkboxes sharing a name are how a GET form sends a list (?compare=TX&compare=CA, the state comparison).
		'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
		// Page titles include the site name; long titles are fine.
		'long-title': 'off',
	},
};
