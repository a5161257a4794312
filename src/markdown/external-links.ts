/** Links to other sites leave without telling them where the reader came from: rel="noreferrer" on every one. */
import { defineHastPlugin } from 'satteri';

export const externalLinks = defineHastPlugin({
	name: 'kb-external-links',
	element: [
		{
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.href;
				if (typeof href !== 'string' || !/^https?:\/\//.test(href)) return;
				ctx.setProperty(node, 'rel', ['noreferrer']);
			},
		},
	],
});
