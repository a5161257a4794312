/** html-validate finds no error in any built page (relaxed rules and their reasons: .htmlvalidate.mjs). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, htmlFile } from '../support/dist.ts';

describe('valid HTML', () => {
	it('has zero html-validate errors on every page', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const errors: string[] = [];
		for (const path of builtPages()) {
			const report = await validator.validateFile(htmlFile(path));
			for (const result of report.results)
				for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
		}
		expect(errors).toEqual([]);
	});
});
