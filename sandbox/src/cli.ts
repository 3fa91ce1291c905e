/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- dev-only code, never packed (package.json files: ["dist"]) */
import { parseArgs } from 'node:util';
import { FULFILLBOT_KEYS, S2, SHOPLINE, startSandbox } from './index';

/**
 * `npm run sandbox -- [--port 5679] [--host 127.0.0.1] [--state sandbox-state.json]`
 * Runs the emulator in the foreground until Ctrl-C (or SIGTERM).
 */
async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string' },
			host: { type: 'string' },
			state: { type: 'string' },
			seed: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		console.log(
			'Usage: sandbox [--port N (env SANDBOX_PORT, default 5679)] [--host 127.0.0.1] [--state file.json] [--seed big]',
		);
		return;
	}
	const port = Number(values.port ?? process.env.SANDBOX_PORT ?? 5679);
	if (!Number.isInteger(port) || port < 0 || port > 65535)
		throw new Error(`Invalid port: ${values.port ?? process.env.SANDBOX_PORT}`);

	if (values.seed !== undefined && values.seed !== 'big' && values.seed !== 'default')
		throw new Error(`Unknown seed: ${values.seed} (default or big)`);
	const sandbox = await startSandbox({
		port,
		host: values.host,
		stateFile: values.state,
		seed: values.seed as 'default' | 'big' | undefined,
	});
	const u = sandbox.url;
	console.log(`Sandbox listening on ${u}${values.state ? ` (state file: ${values.state})` : ''}`);
	console.log('');
	console.log('Base URLs');
	console.log(`  Fulfillbot  ${u}/fulfillbot/api/v1/open`);
	console.log(`  S2          ${u}/s2`);
	console.log(
		`  SHOPLINE    ${u}/shopline/${SHOPLINE.handle}   (then /admin/openapi/${SHOPLINE.version}/...)`,
	);
	console.log(
		`  Control     ${u}/__sandbox   (reset, journal, faults, advance, state, config, clock)`,
	);
	console.log('');
	console.log('Credentials');
	console.log(`  Fulfillbot  all scopes: ${FULFILLBOT_KEYS.all}`);
	console.log(`              read only:  ${FULFILLBOT_KEYS.readOnly}`);
	console.log(`              products:read + cart:read: ${FULFILLBOT_KEYS.productsCart}`);
	console.log(`  S2          token ${S2.token} (organizations ${S2.orgA}, ${S2.orgB})`);
	console.log(`              token ${S2.tokenBetaOnly} (organization ${S2.orgB} only)`);
	console.log(`  SHOPLINE    store ${SHOPLINE.handle}: ${SHOPLINE.token}`);
	console.log(`              store ${SHOPLINE.otherHandle}: ${SHOPLINE.otherToken}`);
	console.log('');
	console.log('Press Ctrl-C to stop.');

	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		console.log(`\n${signal}: stopping sandbox`);
		sandbox.close().then(
			() => process.exit(0),
			(error: unknown) => {
				console.error(error);
				process.exit(1);
			},
		);
	};
	process.once('SIGINT', () => stop('SIGINT'));
	process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
