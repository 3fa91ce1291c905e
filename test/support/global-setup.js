// Builds the package once before the test run: the engine tests load dist/ through n8n-core's
// PackageDirectoryLoader, exactly as n8n loads an installed community package.
const { execSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
	if (process.env.SKIP_BUILD === '1') return;
	execSync('npm run build --silent', { cwd: path.resolve(__dirname, '../..'), stdio: 'inherit' });
};
