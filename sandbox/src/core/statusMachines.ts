import type { ApiName } from './apiName';

export type RecordLike = Record<string, unknown>;

/**
 * How one kind of record moves through its lifecycle. `POST /__sandbox/advance` steps records
 * one status forward, so tests of polling triggers need no clocks. Each API registers its kinds.
 */
export interface StatusMachine<S> {
	api: ApiName;
	kind: string;
	/** The happy path, in order. A record whose status is not on it (e.g. cancelled) never moves. */
	statuses: readonly string[];
	/** Statuses a record never leaves (the last of `statuses` is always terminal too). */
	terminal: readonly string[];
	idField: string;
	statusField: string;
	/** The live records of this kind inside the state (mutated in place). */
	records(state: S): RecordLike[];
	/** Extra condition for moving, e.g. a SHOPLINE order that is cancelled does not ship. */
	eligible?(record: RecordLike): boolean;
	/** Side effect after the status changed, e.g. bump updated_at, attach a tracking number. `state` lets it touch related records. */
	onAdvance?(record: RecordLike, from: string, to: string, now: number, state: S): void;
}

export interface Moved {
	id: string;
	from: string;
	to: string;
}

export class UnknownRecordError extends Error {}

export class StatusMachineRegistry<S> {
	private machines = new Map<string, StatusMachine<S>>();

	register(machine: StatusMachine<S>): void {
		this.machines.set(`${machine.api}:${machine.kind}`, machine);
	}

	get(api: string, kind: string): StatusMachine<S> | undefined {
		return this.machines.get(`${api}:${kind}`);
	}

	kinds(): Array<{
		api: ApiName;
		kind: string;
		statuses: readonly string[];
		terminal: readonly string[];
	}> {
		return [...this.machines.values()].map(({ api, kind, statuses, terminal }) => ({
			api,
			kind,
			statuses,
			terminal,
		}));
	}

	/** One step forward for the record `id`, or for every movable record of the kind when no id. */
	advance(machine: StatusMachine<S>, state: S, now: number, id?: string): Moved[] {
		const all = machine.records(state);
		const targets = id === undefined ? all : all.filter((r) => String(r[machine.idField]) === id);
		if (id !== undefined && targets.length === 0)
			throw new UnknownRecordError(`no ${machine.api} ${machine.kind} with id ${id}`);
		const moved: Moved[] = [];
		for (const record of targets) {
			const from = String(record[machine.statusField]);
			const to = nextStatus(machine, from);
			if (!to || (machine.eligible && !machine.eligible(record))) continue;
			record[machine.statusField] = to;
			machine.onAdvance?.(record, from, to, now, state);
			moved.push({ id: String(record[machine.idField]), from, to });
		}
		return moved;
	}
}

function nextStatus(machine: StatusMachine<unknown>, from: string): string | undefined {
	if (machine.terminal.includes(from)) return undefined;
	const i = machine.statuses.indexOf(from);
	return i >= 0 ? machine.statuses[i + 1] : undefined;
}
