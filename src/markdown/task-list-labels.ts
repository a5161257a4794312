/**
 * GitHub-flavored task lists render as bare, disabled checkboxes with no label, which screen readers announce
 * as "checkbox, not checked" with nothing else (axe: "label"). Name each checkbox after its list item's text.
 */
import { defineHastPlugin } from 'satteri';

export const taskListLabels = defineHastPlugin({
	name: 'kb-task-list-labels',
	element: [
		{
			filter: ['input'],
			visit(node, ctx) {
				if (node.properties?.type !== 'checkbox') return;
				const item = ctx.parent(node);
				if (item?.type !== 'element' || item.tagName !== 'li') return;
				const label = ctx.textContent(item).replace(/\s+/g, ' ').trim();
				if (label) ctx.setProperty(node, 'ariaLabel', label);
			},
		},
	],
});
