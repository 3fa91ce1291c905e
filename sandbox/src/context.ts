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

	private readonly saveState: boolean;

	constructor(
		options: { stateFile?: string; readOnlyStateFile?: boolean; rateLimits?: RateLimitConfig } = {},
	) {
		this.saveState = !options.readOnlyStateFile;
		this.initialLimits = resolveRateLimits(DOCUMENTED_RATE_LIMITS, options.rateLimits);
		this.limits = new RateLimits(this.initialLimits);
		if (options.stateFile) this.file = new StateFile<SandboxState>(options.stateFile);
		this.current = this.file?.load(seedState()) ?? seedState();
		this.webhooks = new SandboxWebhooks(this.current);
	}

	/** Signed webhooks sent when the state changes (webhooks/). */
	readonly webhooks: SandboxWebhooks;

	get state(): SandboxState {
		return this.current;
	}

	/** Seed data back, journal / faults / counters empty, limits back to initial (or `rateLimits` over the documented ones). */
	reset(rateLimits?: RateLimitConfig): void {
		this.current = cloneJson(seedState());
		this.webhooks.deliveries.clear();
		this.webhooks.rebase(this.current);
		this.journal.clear();
		this.faults.clear();
		this.limits.set(
			rateLimits ? resolveRateLimits(DOCUMENTED_RATE_LIMITS, rateLimits) : this.initialLimits,
		);
		this.persist();
	}

	/** Changes limits without touching data (counters restart). Keys left out keep their value. */
	configure(rateLimits?: RateLimitConfig): void {
		this.limits.set(resolveRateLimits(this.limits.config, rateLimits));
	}

	persist(): void {
		if (this.saveState) this.file?.save(this.current);
	}
}
