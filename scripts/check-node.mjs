// Stops npm start, npm test and the other scripts at once, with one message, when Node is too old to run them.
// Plain JavaScript on purpose: it must run on the old Node it is warning about, before any TypeScript is loaded.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = pkg.engines.node; // e.g. ">=22.18"
const [minMajor, minMinor = 0] = wanted.replace('>=', '').split('.').map(Number);
const recommended = readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim();
const [major, minor] = process.versions.node.split('.').map(Number);

if (major < minMajor || (major === minMajor && minor < minMinor)) {
	console.error(
		[
			`✖ This project needs Node.js ${wanted.replace('>=', '')} or newer (${recommended} recommended); this is Node.js ${process.versions.node}.`,
			`  With nvm:  nvm install ${recommended} && nvm use ${recommended}   (the repository's .nvmrc says ${recommended})`,
			`  Or:        npm install -g node@${recommended} && hash -r`,
			'  Then run the command again (after `npm ci` if node_modules was installed under the old Node).',
		].join('\n'),
	);
	process.exit(1);
}
