/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
/**
 * Where the crash test's workflows deliver: each workflow's second node POSTs all its trigger items in
 * one request (`executeOnce`), so an execution's delivery is all or nothing. A delivery is an effect
 * outside n8n, like the merchant's purchase order or label, which is what "delivered once" is about.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface Delivery {
	at: number;
	workflow: string;
	execution: string;
	items: Json[];
}

export class Recorder {
	readonly deliveries: Delivery[] = [];
	private server?: http.Server;
	url = '';

	async start(): Promise<string> {
		this.server = http.createServer((req, res) => {
			let body = '';
			req.setEncoding('utf8');
			req.on('data', (chunk: string) => (body += chunk));
			req.on('end', () => {
				try {
					const parsed = JSON.parse(body) as Omit<Delivery, 'at'>;
					this.deliveries.push({
						at: Date.now(),
						workflow: String(parsed.workflow),
						execution: String(parsed.execution),
						items: parsed.items,
					});
					res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
				} catch {
					res.writeHead(400).end();
				}
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.url;
	}

	async close(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve(),
		);
	}
}
