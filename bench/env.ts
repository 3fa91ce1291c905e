/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Imported first by bench/run.ts: n8n-core reads N8N_USER_FOLDER when it is loaded, so the
 * in-process engine keeps its instance settings in a throw-away folder instead of ~/.n8n
 * (as test/support/env.js does for jest).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BENCH_TMP = mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-fulfillment-bench-'));

process.env.N8N_USER_FOLDER = path.join(BENCH_TMP, 'engine');
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
