#!/usr/bin/env node
// Redis and PostgreSQL for the queue-mode test (`npm run test:queue`, test/queue/run.ts). Dev-only: plain Node
// ESM, never packed (package.json `files: ["dist"]`).
//
// Library:
//   ensureServices()          install Debian's redis-server and postgresql with apt when missing (idempotent)
//   startServices({ ... })    a throw-away Redis and PostgreSQL on 127.0.0.1, free ports, data in one temp folder;
//                             resolves { redis: {host, port}, postgres: {host, port, user, password, database}, dir, stop() }
// CLI:
//   node scripts/services.mjs install      install when missing, print the binaries
//   node scripts/services.mjs start        start both in the foreground (prints the env n8n needs), Ctrl-C stops them
//
// PostgreSQL refuses to run as root: as root, initdb and postgres run as Debian's `postgres` system user
// (created by the postgresql package) through runuser; as any other user they run as that user.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
	chmodSync,
	chownSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort } from './runtime/userFolder.mjs';

const log = (msg) => process.stderr.write(`[services] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

// ----------------------------------------------------------------------------------------------- install

function which(cmd) {
	const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
	return r.status === 0 ? r.stdout.trim() : null;
}

/** The bin folder of the newest Debian PostgreSQL (/usr/lib/postgresql/<major>/bin), or null. */
export function postgresBin() {
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) return null;
	const majors = readdirSync(base)
		.filter((d) => /^\d+$/.test(d) && existsSync(join(base, d, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? join(base, majors[0], 'bin') : null;
}

export function redisServerBin() {
	return (
		which('redis-server') ?? (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : null)
	);
}

function missingPackages() {
	const missing = [];
	if (!redisServerBin()) missing.push('redis-server');
	if (!postgresBin()) missing.push('postgresql');
	return missing;
}

/**
 * Install Debian's `redis-server` and `postgresql` when their binaries are missing; a no-op otherwise.
 * Needs root (CI runs as root) or password-less sudo. Returns { redisServer, postgresBin, installed: [...] }.
 */
export function ensureServices() {
	const missing = missingPackages();
	if (missing.length) {
		const sudo = isRoot()
			? []
			: spawnSync('sudo', ['-n', 'true']).status === 0
				? ['sudo', '-n']
				: null;
		if (!sudo)
			throw new Error(
				`missing ${missing.join(', ')}; install them as root: apt-get update && apt-get install -y ${missing.join(' ')}`,
			);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const apt = (args) => {
			const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
			log(`${cmd} ${rest.join(' ')}`);
			const r = spawnSync(cmd, rest, { stdio: ['ignore', 2, 2], env });
			if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
		};
		apt(['update', '-qq']);
		// Debian starts a freshly installed daemon (redis on 6379, a `main` PostgreSQL cluster on 5432) unless
		// policy-rc.d says no; we start our own throw-away instances, so say no for the install (as root only,
		// and only when no policy is in place already).
		const policy = '/usr/sbin/policy-rc.d';
		const ownPolicy = isRoot() && !existsSync(policy);
		if (ownPolicy)
			writeFileSync(
				policy,
				'#!/bin/sh\n# written by n8n-nodes-fulfillment scripts/services.mjs during apt-get install\nexit 101\n',
				{ mode: 0o755 },
			);
		try {
			apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
		} finally {
			if (ownPolicy) rmSync(policy, { force: true });
		}
		const still = missingPackages();
		if (still.length)
			throw new Error(
				`apt-get installed ${missing.join(', ')} but ${still.join(', ')} is still missing`,
			);
	}
	return { redisServer: redisServerBin(), postgresBin: postgresBin(), installed: missing };
}

// ------------------------------------------------------------------------------------------------- start

/** Redis answers PING with +PONG (raw RESP over TCP, so redis-cli is not needed). */
function redisPing(port) {
	return new Promise((res) => {
		const sock = connect({ host: '127.0.0.1', port });
		let data = '';
		const done = (ok) => {
			sock.destroy();
			res(ok);
		};
		sock.setTimeout(1000, () => done(false));
		sock.on('error', () => done(false));
		sock.on('connect', () => sock.write('PING\r\n'));
		sock.on('data', (d) => {
			data += d;
			if (data.includes('\r\n')) done(data.startsWith('+PONG'));
		});
	});
}

async function waitFor(
	what,
	probe,
	{ timeoutMs = 30_000, isAlive = () => true, output = () => '' } = {},
) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		if (await probe()) return;
		if (!isAlive()) throw new Error(`${what} exited before it was ready:\n${output()}`);
		if (Date.now() > until)
			throw new Error(`${what} was not ready within ${timeoutMs} ms:\n${output()}`);
		await sleep(200);
	}
}

/** A child in its own process group, its output captured; stop() sends SIGTERM, then SIGKILL after graceMs. */
function spawnService(name, cmd, args, opts = {}) {
	const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = false;
	const exit = new Promise((res) =>
		child.on('exit', (code, signal) => ((exited = true), res(code ?? signal))),
	);
	child.on('error', (e) => ((output += `\n${e.message}`), (exited = true)));
	const kill = (sig) => {
		try {
			process.kill(-child.pid, sig);
		} catch {}
	};
	const onExit = () => kill('SIGKILL');
	process.on('exit', onExit);
	return {
		name,
		pid: child.pid,
		output: () => output,
		alive: () => !exited,
		async stop(graceMs = 10_000) {
			if (!exited) {
				kill('SIGTERM');
				const t = setTimeout(() => kill('SIGKILL'), graceMs);
				await exit;
				clearTimeout(t);
			}
			process.off('exit', onExit);
		},
	};
}

/**
 * Start a throw-away Redis and PostgreSQL on 127.0.0.1 (free ports unless given), all data in one temporary
 * folder that stop() removes. Installs the packages first when missing.
 */
export async function startServices({
	redisPort,
	postgresPort,
	database = 'n8n',
	user = 'n8n',
} = {}) {
	const { redisServer, postgresBin: pgBin } = ensureServices();
	const dir = mkdtempSync(join(tmpdir(), 'n8n-queue-services-'));
	const started = [];
	const stop = async () => {
		for (const s of started.reverse()) await s.stop().catch(() => {});
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		// Redis: no persistence (the queue is throw-away), loopback only.
		redisPort = redisPort ?? (await freePort());
		mkdirSync(join(dir, 'redis'));
		const redis = spawnService('redis', redisServer, [
			'--port',
			String(redisPort),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			join(dir, 'redis'),
			'--daemonize',
			'no',
			'--protected-mode',
			'yes',
			'--loglevel',
			'warning',
		]);
		started.push(redis);
		await waitFor('redis-server', () => redisPing(redisPort), {
			isAlive: redis.alive,
			output: redis.output,
		});

		// PostgreSQL: initdb as a non-root user, password auth over TCP, fsync off (a test database).
		postgresPort = postgresPort ?? (await freePort());
		const password = randomBytes(12).toString('hex');
		const pgData = join(dir, 'pg', 'data');
		const pgSock = join(dir, 'pg', 'socket');
		mkdirSync(pgData, { recursive: true });
		mkdirSync(pgSock, { recursive: true });
		writeFileSync(join(dir, 'pg', 'pwfile'), `${password}\n`);
		let asUser = (cmd, args) => [cmd, args];
		if (isRoot()) {
			const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
			const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
			if (id.status !== 0)
				throw new Error(
					'running as root, but there is no `postgres` user to run PostgreSQL as (the postgresql package creates it)',
				);
			chmodSync(dir, 0o755); // mkdtemp makes it 0700: the postgres user must be able to enter it
			for (const p of [join(dir, 'pg'), pgData, pgSock, join(dir, 'pg', 'pwfile')])
				chownSync(p, Number(id.stdout), Number(gid.stdout));
			asUser = (cmd, args) => ['runuser', ['-u', 'postgres', '--', cmd, ...args]];
		}
		chmodSync(pgData, 0o700);
		const initdb = spawnSync(
			...asUser(join(pgBin, 'initdb'), [
				'-D',
				pgData,
				'-U',
				user,
				`--pwfile=${join(dir, 'pg', 'pwfile')}`,
				'--auth-local=trust',
				'--auth-host=scram-sha-256',
				'-E',
				'UTF8',
				'--no-sync',
			]),
			{ encoding: 'utf8', cwd: dir },
		);
		if (initdb.status !== 0)
			throw new Error(`initdb failed (exit ${initdb.status}):\n${initdb.stdout}\n${initdb.stderr}`);
		const postgres = spawnService(
			'postgres',
			...asUser(join(pgBin, 'postgres'), [
				'-D',
				pgData,
				'-p',
				String(postgresPort),
				'-k',
				pgSock,
				'-c',
				'listen_addresses=127.0.0.1',
				'-c',
				'fsync=off',
				'-c',
				'synchronous_commit=off',
				'-c',
				'full_page_writes=off',
			]),
			{ cwd: dir },
		);
		started.push(postgres);
		const psql = (sql, db = 'postgres') =>
			spawnSync(
				join(pgBin, 'psql'),
				[
					'-h',
					pgSock,
					'-p',
					String(postgresPort),
					'-U',
					user,
					'-d',
					db,
					'-v',
					'ON_ERROR_STOP=1',
					'-tAc',
					sql,
				],
				{ encoding: 'utf8' },
			);
		await waitFor('postgres', async () => psql('SELECT 1').status === 0, {
			isAlive: postgres.alive,
			output: postgres.output,
		});
		const created = psql(`CREATE DATABASE "${database}"`);
		if (created.status !== 0) throw new Error(`CREATE DATABASE failed: ${created.stderr}`);
		return {
			dir,
			redis: { host: '127.0.0.1', port: redisPort, pid: redis.pid },
			postgres: {
				host: '127.0.0.1',
				port: postgresPort,
				user,
				password,
				database,
				pid: postgres.pid,
				socketDir: pgSock,
			},
			/** Run SQL through psql (local socket, asynchronous: an in-process server keeps answering); resolves stdout (`-tA`). */
			psql: (sql) =>
				new Promise((res, rej) => {
					const child = spawn(
						join(pgBin, 'psql'),
						[
							'-h',
							pgSock,
							'-p',
							String(postgresPort),
							'-U',
							user,
							'-d',
							database,
							'-v',
							'ON_ERROR_STOP=1',
							'-tAc',
							sql,
						],
						{ stdio: ['ignore', 'pipe', 'pipe'] },
					);
					let out = '';
					let err = '';
					child.stdout.on('data', (d) => (out += d));
					child.stderr.on('data', (d) => (err += d));
					child.on('error', rej);
					child.on('close', (code) =>
						code === 0 ? res(out) : rej(new Error(`psql exit ${code}: ${err}`)),
					);
				}),
			output: () => ({ redis: redis.output(), postgres: postgres.output() }),
			stop,
		};
	} catch (e) {
		await stop();
		throw e;
	}
}

// ------------------------------------------------------------------------------------------------- CLI

async function cli([cmd]) {
	if (cmd === 'install') {
		const r = ensureServices();
		log(
			r.installed.length
				? `installed ${r.installed.join(', ')}`
				: 'redis-server and postgresql are present',
		);
		process.stdout.write(`${r.redisServer}\n${r.postgresBin}\n`);
	} else if (cmd === 'start') {
		const s = await startServices();
		process.stdout.write(
			[
				`QUEUE_BULL_REDIS_HOST=${s.redis.host}`,
				`QUEUE_BULL_REDIS_PORT=${s.redis.port}`,
				'DB_TYPE=postgresdb',
				`DB_POSTGRESDB_HOST=${s.postgres.host}`,
				`DB_POSTGRESDB_PORT=${s.postgres.port}`,
				`DB_POSTGRESDB_DATABASE=${s.postgres.database}`,
				`DB_POSTGRESDB_USER=${s.postgres.user}`,
				`DB_POSTGRESDB_PASSWORD=${s.postgres.password}`,
				'',
			].join('\n'),
		);
		log(`data in ${s.dir}; Ctrl-C stops both and removes it`);
		await new Promise((res) => {
			process.once('SIGINT', res);
			process.once('SIGTERM', res);
		});
		await s.stop();
	} else {
		process.stderr.write('usage: node scripts/services.mjs install | start\n');
		process.exitCode = 2;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	cli(process.argv.slice(2)).catch((e) => {
		process.stderr.write(`[services] ${e.stack ?? e}\n`);
		process.exitCode = 1;
	});
}
