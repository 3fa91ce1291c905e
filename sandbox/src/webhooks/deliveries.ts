/* eslint-disable @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import type { ApiName } from '../core/apiName';

/** One webhook message: retried as the API retries it, re-signed on every attempt. */
export interface OutgoingWebhook {
	api: ApiName;
	/** The message id the receiver dedupes on (X-Shopline-Webhook-Id, X-Webhook-Id). */
	id: string;
	/** Topic (SHOPLINE) or event (Fulfillbot). */
	name: string;
	url: string;
	body: string;
	/** Headers for one attempt at unix second `at`, signature included. */
	sign(body: string, at: number): Record<string, string>;
	signatureHeader: string;
	/** Whether the signature covers a timestamp (only then can a "stale" delivery be made). */
	timestamped: boolean;
	/** An answer later than this counts as failed. */
	timeoutMs: number;
	/** Waits before each retry; its length is the number of retries. */
	retryDelaysMs: readonly number[];
}

export type DeliveryVariant = 'normal' | 'duplicate' | 'stale' | 'bad-signature';

export interface DeliveryAttempt {
	seq: number;
	api: ApiName;
	id: string;
	name: string;
	url: string;
	/** 0 = first attempt, 1.. = retries; control sends are -1. */
	attempt: number;
	variant: DeliveryVariant;
	status: number | null;
	error?: string;
	at: string;
	durationMs: number;
}

const KEEP_ATTEMPTS = 2_000;
const KEEP_MESSAGES = 500;
/** A stale delivery is signed this long ago (receivers refuse more than five minutes). */
export const STALE_SECONDS = 360;

/** Sends webhooks, retries failures after the API's delays (times `retryDelayScale`), logs every attempt. */
export class WebhookDeliveries {
	/** Tests shrink the documented waits (e.g. 0.001); 1 = as documented. */
	retryDelayScale = 1;
	private attempts: DeliveryAttempt[] = [];
	private messages = new Map<string, OutgoingWebhook>();
	private timers = new Set<NodeJS.Timeout>();
	private inFlight = new Set<AbortController>();
	private seq = 0;

	send(message: OutgoingWebhook): void {
		this.messages.set(message.id, message);
		if (this.messages.size > KEEP_MESSAGES)
			this.messages.delete(this.messages.keys().next().value as string);
		void this.attempt(message, 0);
	}

	private async attempt(message: OutgoingWebhook, n: number): Promise<void> {
		const { status } = await this.post(message, 'normal', n);
		if (status !== null && status >= 200 && status < 300) return;
		if (n >= message.retryDelaysMs.length) return;
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			void this.attempt(message, n + 1);
		}, message.retryDelaysMs[n] * this.retryDelayScale);
		timer.unref();
		this.timers.add(timer);
	}

	/** One POST; never throws. */
	async post(
		message: OutgoingWebhook,
		variant: DeliveryVariant,
		attempt: number,
	): Promise<DeliveryAttempt> {
		const now = Math.floor(Date.now() / 1000);
		const at = variant === 'stale' ? now - STALE_SECONDS : now;
		const headers = message.sign(message.body, at);
		// A signature over other bytes than those sent.
		if (variant === 'bad-signature')
			headers[message.signatureHeader] = message.sign(`${message.body} `, at)[
				message.signatureHeader
			];
		const controller = new AbortController();
		this.inFlight.add(controller);
		const timer = setTimeout(() => controller.abort(), message.timeoutMs);
		const started = Date.now();
		const record: DeliveryAttempt = {
			seq: ++this.seq,
			api: message.api,
			id: message.id,
			name: message.name,
			url: message.url,
			attempt,
			variant,
			status: null,
			at: new Date(started).toISOString(),
			durationMs: 0,
		};
		try {
			const res = await fetch(message.url, {
				method: 'POST',
				headers,
				body: message.body,
				signal: controller.signal,
			});
			await res.arrayBuffer().catch(() => undefined);
			record.status = res.status;
		} catch (error) {
			record.error = controller.signal.aborted
				? `no answer within ${message.timeoutMs} ms`
				: String((error as Error).cause ?? (error as Error).message);
		} finally {
			clearTimeout(timer);
			this.inFlight.delete(controller);
		}
		record.durationMs = Date.now() - started;
		this.attempts.push(record);
		if (this.attempts.length > KEEP_ATTEMPTS)
			this.attempts.splice(0, this.attempts.length - KEEP_ATTEMPTS);
		return record;
	}

	/** The message `id`, or the latest one of `api`. */
	find(api?: ApiName, id?: string): OutgoingWebhook | undefined {
		if (id) return this.messages.get(id);
		return [...this.messages.values()].reverse().find((m) => !api || m.api === api);
	}

	list(api?: ApiName): DeliveryAttempt[] {
		return this.attempts.filter((a) => !api || a.api === api);
	}

	/** Retries still waiting. */
	pendingRetries(): number {
		return this.timers.size;
	}

	clear(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		for (const controller of this.inFlight) controller.abort();
		this.attempts = [];
		this.messages.clear();
	}
}
