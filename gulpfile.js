// `npm run build` = tsc, then this: copy the assets tsc does not emit (SVG icons, codex .node.json)
// into dist/ at the same relative paths, so `file:../../icons/x.svg` resolves from dist/nodes/X/.
const { src, dest, task } = require('gulp');

function copyIcons() {
	return src(['icons/**/*.svg', 'nodes/**/*.svg', 'credentials/**/*.svg'], { base: '.' }).pipe(
		dest('dist'),
	);
}

function copyCodex() {
	return src('nodes/**/*.node.json', { base: '.' }).pipe(dest('dist'));
}

task('build:icons', async () => {
	await new Promise((resolve, reject) => copyIcons().on('end', resolve).on('error', reject));
	await new Promise((resolve, reject) => copyCodex().on('end', resolve).on('error', reject));
});
