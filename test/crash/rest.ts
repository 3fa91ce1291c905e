/**
 * n8n's REST API as the editor uses it, for what a user does with a crashed execution: sign in as the
 * owner (set up on the first call of a fresh user folder) and press Retry (`POST /rest/executions/:id/retry`).
 */
const OWNER = {
	email: 'crash@example.com',
	firstName: 'Crash',
	lastName: 'Test',
	password: 'Crash-Test-1',
};
const HEADERS = { 'content-type': 'application/json', 'browser-id': 'n8n-nodes-fulfillment-crash' };

export class N8nRest {
	private cookie = '';

	constructor(private readonly url: string) {}

	private async call(method: string, path: string, body?: object) {
		const res = await fetch(`${this.url}${path}`, {
			method,
			headers: { ...HEADERS, ...(this.cookie ? { cookie: this.cookie } : {}) },
			body: body ? JSON.stringify(body) : undefined,
		});
		const text = await res.text();
		const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
		if (cookie) this.cookie = cookie;
		return { status: res.status, text };
	}

	async signIn(): Promise<void> {
		const setup = await this.call('POST', '/rest/owner/setup', OWNER);
		if (setup.status === 200) return;
		const login = await this.call('POST', '/rest/login', {
			emailOrLdapLoginId: OWNER.email,
			password: OWNER.password,
		});
		if (login.status !== 200)
			throw new Error(`n8n sign-in failed: HTTP ${login.status} ${login.text}`);
	}

	/** The editor's Retry ("with the original workflow"): resolves when the retry execution has ended. */
	async retry(executionId: string): Promise<{ status: number; text: string }> {
		return await this.call('POST', `/rest/executions/${executionId}/retry`, {
			loadWorkflow: false,
		});
	}
}
