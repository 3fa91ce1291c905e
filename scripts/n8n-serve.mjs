#!/usr/bin/env node
// A long-running `n8n start` that another process drives over stdio (jest cannot import ESM, and the
// webhook e2e tests need n8n up while they move the sandbox). Dev-only, never packed.
//
//   node scripts/n8n-serve.mjs '{"userFolder": DIR, "version": "2.8.4", "publish": ["wfId", ...], "port": 5678}'
//
// `port` is optional (default: a free one); a restart passes the previous one, so the webhook URLs stay.
// Publishes the workflows, starts n8n on 127.0.0.1:<free port> with WEBHOOK_URL on the same address (so
// production webhook URLs are http://127.0.0.1:<port>/webhook/...), sets up the owner and logs in, then
// prints one JSON line {url, port}. Each JSON line on stdin is a command, answered by one JSON line:
//   {"cmd": "deactivate", "id": "wfId"}   POST /rest/workflows/<id>/deactivate as the owner (n8n 2.x)
//   {"cmd": "rest", "method": "POST", "path": "/rest/executions/7/retry", "body": {...}}
//                                          any REST call as the owner (with its login cookie); answers {status, json}
//   {"cmd": "stop"}                        stop n8n; answers {code, output}, then exits
// Closing stdin stops n8n too.
import { createInterface } from 'node:readline';

import { DEFAULT_N8N_VERSION, freePort, publishWorkflow, startN8n } from './n8n-runtime.mjs';

const OWNER = {
	email: 'owner@example.com',
	firstName: 'E2e',
	lastName: 'Owner',
	password: 'Sandbox-Owner-1',
};
const BROWSER_ID = 'n8n-nodes-fulfillment-serve';

async function rest(base, path, { method = 'GET', body, cookie } = {}) {
	const res = await fetch(`${base}${path}`, {
		method,
		headers: {
			'content-type': 'application/json',
			'browser-id': BROWSER_ID,
			...(cookie ? { cookie } : {}),
		},
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await res.text();
	let json = null;
	try {
		json = JSON.parse(text);
	} catch {}
	return {
		status: res.status,
		json,
		text,
		cookie: (res.headers.get('set-cookie') ?? '').split(';')[0],
	};
}

async function login(base) {
	const setup = await rest(base, '/rest/owner/setup', { method: 'POST', body: OWNER });
	if (setup.status === 200 && setup.cookie) return setup.cookie;
	const signin = await rest(base, '/rest/login', {
		method: 'POST',
		body: { emailOrLdapLoginId: OWNER.email, email: OWNER.email, password: OWNER.password },
	});
	if (signin.status !== 200)
		throw new Error(`n8n login failed: HTTP ${signin.status} ${signin.text}`);
	return signin.cookie;
}

const print = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

async function main() {
	const {
		userFolder,
		version = DEFAULT_N8N_VERSION,
		publish = [],
		env = {},
		port: fixedPort,
	} = JSON.parse(process.argv[2] ?? '{}');
	for (const id of publish) await publishWorkflow({ userFolder, id, version });
	const port = fixedPort ?? (await freePort());
	const n8n = await startN8n({
		userFolder,
		version,
		port,
		env: { WEBHOOK_URL: `http://127.0.0.1:${port}/`, ...env },
	});
	let stopped = false;
	const stop = async () => {
		if (stopped) return null;
		stopped = true;
		return n8n.stop();
	};
	let cookie = '';
	try {
		cookie = await login(n8n.url);
	} catch (e) {
		await stop();
		throw e;
	}
	print({ url: n8n.url, port });
	const lines = createInterface({ input: process.stdin });
	for await (const line of lines) {
		if (!line.trim()) continue;
		const command = JSON.parse(line);
		if (command.cmd === 'deactivate') {
			const res = await rest(n8n.url, `/rest/workflows/${command.id}/deactivate`, {
				method: 'POST',
				body: {},
				cookie,
			});
			print({
				status: res.status,
				active: res.json?.data?.active ?? null,
				text: res.status === 200 ? undefined : res.text,
			});
		} else if (command.cmd === 'rest') {
			const res = await rest(n8n.url, command.path, {
				method: command.method ?? 'GET',
				body: command.body,
				cookie,
			});
			print({ status: res.status, json: res.json, text: res.json ? undefined : res.text });
		} else if (command.cmd === 'stop') {
			const code = await stop();
			print({ code, output: n8n.output() });
			process.exit(0);
		} else {
			print({ error: `unknown command ${command.cmd}` });
		}
	}
	await stop();
}

main().catch((e) => {
	process.stderr.write(`[n8n-serve] ${e.stack ?? e}\n`);
	process.exitCode = 1;
});
