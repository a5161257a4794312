/**
 * The one fast way this project parses YAML it reads itself (frontmatter in the content check, the bibliography
 * lists): js-yaml with the core schema, so dates stay strings. The `yaml` package's positional parser is used only
 * to point at the line of a problem. Why two libraries: docs/decisions/0008-yaml-parsers.md.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

export function loadYaml(text: string): unknown {
	return load(text, { schema: CORE_SCHEMA });
}
