// Runs before each test file's imports: keep n8n-core's instance settings (encryption key etc.)
// in a throw-away folder instead of ~/.n8n.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-fulfillment-test-'));
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
