import { Clock } from './core/clock';
import { FaultStore } from './core/faults';
import { Journal } from './core/journal';
import {
	DOCUMENTED_RATE_LIMITS,
	RateLimits,
	resolveRateLimits,
	type RateLimitConfig,
	type ResolvedRateLimits,
} from './core/rateLimit';
import { cloneJson, StateFile } from './core/state';
import { StatusMachineRegistry } from './core/statusMachines';
import { seedState } from './seed';
import type { SandboxState } from './state';
import { SandboxWebhooks } from './webhooks';

/** Everything one running sandbox holds. Handlers read `ctx.state` on each call: reset swaps it. */
export class SandboxContext {
	readonly journal = new Journal();
	readonly faults = new FaultStore();
	readonly machines = new StatusMachineRegistry<SandboxState>();
	readonly clock = new Clock(() => this.state.sandbox.clockOffsetSeconds);
	readonly limits: RateLimits;
	/** The limits a reset without `rateLimits` returns to (the documented ones unless startSandbox said otherwise). */
	private readonly initialLimits: ResolvedRateLimits;
	private readonly file?: StateFile<SandboxState>;
	private current: SandboxState;
	/** Milliseconds added to every API request (a slow link); 0 after a reset. */
	latencyMs = 0;

	/** What a reset returns to. */
	private readonly seed: () => SandboxState;
	private readonly saveState: boolean;

	constructor(
		options: {
			stateFile?: string;
			readOnlyStateFile?: boolean;
			rateLimits?: RateLimitConfig;
			seed?: () => SandboxState;
		} = {},
	) {
		this.seed = options.seed ?? seedState;
		this.saveState = !options.readOnlyStateFile;
		this.initialLimits = resolveRateLimits(DOCUMENTED_RATE_LIMITS, options.rateLimits);
		this.limits = new RateLimits(this.initialLimits);
		if (options.stateFile) this.file = new StateFile<SandboxState>(options.stateFile);
		this.current = this.file?.load(this.seed()) ?? this.seed();
		this.webhooks = new SandboxWebhooks(this.current);
	}

	/** Signed webhooks sent when the state changes (webhooks/). */
	readonly webhooks: SandboxWebhooks;

	get state(): SandboxState {
		return this.current;
	}

	/** Seed data back, journal / faults / counters empty, limits back to initial (or `rateLimits` over the documented ones). */
	reset(rateLimits?: RateLimitConfig): void {
		this.current = cloneJson(this.seed());
		this.webhooks.deliveries.clear();
		this.webhooks.rebase(this.current);
		this.journal.clear();
		this.faults.clear();
		this.limits.set(
			rateLimits ? resolveRateLimits(DOCUMENTED_RATE_LIMITS, rateLimits) : this.initialLimits,
		);
		this.latencyMs = 0;
		this.persist();
	}

	/** Changes limits (and the per-request latency) without touching data (counters restart). Keys left out keep their value. */
	configure(rateLimits?: RateLimitConfig, latencyMs?: number): void {
		if (rateLimits) this.limits.set(resolveRateLimits(this.limits.config, rateLimits));
		if (latencyMs !== undefined) this.latencyMs = latencyMs;
	}

	persist(): void {
		if (this.saveState) this.file?.save(this.current);
	}
}
