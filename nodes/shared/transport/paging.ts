import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INode,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { toItems } from './items';

/** One page as an integration's list envelope states it. */
export interface Page {
	records: IDataObject[];
	/** Total number of records, when the API says. */
	total?: number;
}

/** How an API pages with numbered pages (`page` from 1 + a page size), e.g. Fulfillbot. */
export interface PageNumberStyle {
	pageParam: string;
	sizeParam: string;
	/** Largest page size the API allows: Return All walks with it to minimise requests. */
	maxPageSize: number;
	/** Reads one response (after the integration's postReceive steps) into records and total. */
	read(items: INodeExecutionData[]): Page;
}

/** How an API pages with an offset and a limit, e.g. S2. */
export interface OffsetStyle {
	offsetParam: string;
	sizeParam: string;
	maxPageSize: number;
	read(items: INodeExecutionData[]): Page;
}

/** Return All / Limit as the user set them; Limit is ignored when Return All is on. */
function wanted(context: IExecutePaginationFunctions): number {
	const returnAll = context.getNodeParameter('returnAll', false) as boolean;
	return returnAll ? Infinity : Math.max(1, Number(context.getNodeParameter('limit', 50)));
}

export type Cursor = { page: number; offset: number };

/** Identical pages in a row after which a walk is stopped (see PageGuard.page). */
const MAX_SAME_PAGE = 2;
const MAX_PAGES = 10_000;

/** A paginator stopped because the API's paging went wrong (repeated cursor, a page that made no progress). */
export class PagingError extends Error {
	constructor(problem: string) {
		super(
			`The API's paging went wrong: ${problem}. Stopped instead of asking again; nothing past this point was read.`,
		);
		this.name = 'PagingError';
	}
}

/**
 * Guards every page walk of the pack (Return All, triggers, pickers) against an API whose paging
 * never ends: a cursor it already handed out, or a page identical to the one before (an ignored
 * page or offset parameter), ends the walk with a PagingError instead of another request.
 */
export class PageGuard {
	private readonly cursors = new Set<string>();
	/** Fingerprint of each earlier page → its number (see fingerprint). */
	private readonly seen = new Map<string, number>();
	private previous: string | undefined;
	private repeats = 0;
	private pages = 0;

	/**
	 * Call with each page's records (and the API's total), in order. On a list that changes while it is
	 * walked, one page can honestly repeat the one before (a record inserted in front shifts the next
	 * page back by one), so only a third identical page in a row with an unchanged total is a fault.
	 * A page identical to an earlier, not the last, page is a walk going round in circles (an API
	 * that ignores the page parameter and alternates A, B, A, …): honestly, that would take a whole
	 * page of inserts between two requests.
	 */
	page(records: unknown[], total?: number): void {
		this.pages += 1;
		// 1,000,000 records at 100 a page: past that an API is handing out pages without end.
		if (this.pages > MAX_PAGES)
			throw new PagingError(`it kept handing out pages past ${MAX_PAGES}`);
		if (!records.length) return;
		const key = `${total ?? ''}|${JSON.stringify(records)}`;
		this.repeats = key === this.previous ? this.repeats + 1 : 0;
		if (this.repeats >= MAX_SAME_PAGE)
			throw new PagingError(
				`page ${this.pages} was the same as the ${this.repeats} before it, so the next would be too`,
			);
		const print = fingerprint(key);
		const earlier = this.seen.get(print);
		if (key !== this.previous && earlier !== undefined)
			throw new PagingError(
				`page ${this.pages} was the same as page ${earlier}, so its pages go round in circles`,
			);
		this.previous = key;
		this.seen.set(print, this.pages);
	}

	/** Call with each next-page cursor before it is followed. */
	cursor(next: string): void {
		if (this.cursors.has(next))
			throw new PagingError(
				`the API handed out the same next-page cursor twice (${next.slice(0, 40)})`,
			);
		this.cursors.add(next);
	}
}

/**
 * Two 32-bit FNV-1a hashes with different seeds: 64 bits, so that remembering 10,000 pages costs little
 * and two different pages of one walk share a fingerprint with odds far below one in a billion.
 */
function fingerprint(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995);
	}
	return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/** The NodeApiError a node shows for a PagingError (other errors pass through). */
export function pagingFailure(node: INode, error: unknown): unknown {
	if (!(error instanceof PagingError)) return error;
	return new NodeApiError(node, { message: error.message } as JsonObject, {
		message: error.message,
		description:
			'This is a fault of the API, not of the workflow. Try again later; if it keeps happening, contact the API’s support.',
	});
}

/**
 * Walks the pages until `limit` records are collected, the API's `total` is reached, or a short
 * page ends the list — whichever comes first, so no request is made past the last record.
 */
export async function collectPages(
	limit: number,
	maxPageSize: number,
	fetchPage: (cursor: Cursor, size: number) => Promise<Page>,
): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	const cursor: Cursor = { page: 1, offset: 0 };
	const guard = new PageGuard();
	// One size for the whole walk: with numbered pages, a smaller last page would shift what
	// "page N" means (limit 101 must be page 2 of size 100, truncated, not page 2 of size 1).
	const size = Math.min(maxPageSize, limit);
	for (;;) {
		const page = await fetchPage({ ...cursor }, size);
		guard.page(page.records, page.total);
		for (const record of page.records) {
			if (out.length < limit) out.push(record);
		}
		cursor.page += 1;
		cursor.offset += page.records.length;
		const exhausted =
			page.records.length < size || (page.total !== undefined && cursor.offset >= page.total);
		if (exhausted || out.length >= limit) return out;
	}
}

/** Declarative pagination: each page is one `makeRoutingRequest` with the cursor in the query. */
async function walk(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	maxPageSize: number,
	read: (items: INodeExecutionData[]) => Page,
	query: (cursor: Cursor, size: number) => IDataObject,
): Promise<INodeExecutionData[]> {
	try {
		const records = await collectPages(wanted(context), maxPageSize, async (cursor, size) => {
			const options = {
				...requestData.options,
				qs: { ...requestData.options.qs, ...query(cursor, size) },
			};
			return read(await context.makeRoutingRequest({ ...requestData, options }));
		});
		return toItems(records);
	} catch (error) {
		throw pagingFailure(context.getNode(), error);
	}
}

export function pageNumberPaginator(style: PageNumberStyle) {
	return async function paginate(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		return await walk(this, requestData, style.maxPageSize, style.read, ({ page }, size) => ({
			[style.pageParam]: page,
			[style.sizeParam]: size,
		}));
	};
}

export function offsetPaginator(style: OffsetStyle) {
	return async function paginate(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		return await walk(this, requestData, style.maxPageSize, style.read, ({ offset }, size) => ({
			[style.offsetParam]: offset,
			[style.sizeParam]: size,
		}));
	};
}

/** One page of a cursor-paged list: its records and the cursor of the next page, if any. */
export interface CursorPage {
	records: IDataObject[];
	/** Absent on the last page. */
	next?: string;
}

/**
 * How an API pages with an opaque cursor, e.g. SHOPLINE's `link` header `page_info`: later pages
 * send only the cursor, the page size and the `keep` parameters (the filters are in the cursor).
 */
export interface CursorStyle {
	cursorParam: string;
	sizeParam: string;
	maxPageSize: number;
	/** Query parameters of the first request that later pages send again (e.g. `fields`). */
	keep?: string[];
	read(items: INodeExecutionData[]): CursorPage;
}

export function cursorPaginator(style: CursorStyle) {
	return async function paginate(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const limit = wanted(this);
		const first = { ...(requestData.options.qs ?? {}) };
		const kept: IDataObject = {};
		for (const key of style.keep ?? []) if (first[key] !== undefined) kept[key] = first[key];
		const out: IDataObject[] = [];
		const guard = new PageGuard();
		let cursor: string | undefined;
		for (;;) {
			// A cursor carries no offset, so a smaller last page is safe: ask only for what is left.
			const size = Math.min(style.maxPageSize, limit - out.length);
			const qs =
				cursor === undefined
					? { ...first, [style.sizeParam]: size }
					: { ...kept, [style.cursorParam]: cursor, [style.sizeParam]: size };
			const page = style.read(
				await this.makeRoutingRequest({ ...requestData, options: { ...requestData.options, qs } }),
			);
			for (const record of page.records) if (out.length < limit) out.push(record);
			if (!page.next || out.length >= limit || !page.records.length) return toItems(out);
			try {
				guard.page(page.records);
				guard.cursor(page.next);
			} catch (error) {
				throw pagingFailure(this.getNode(), error);
			}
			cursor = page.next;
		}
	};
}

type Routing = NonNullable<INodeProperties['routing']>;
type PostReceive = NonNullable<NonNullable<Routing['output']>['postReceive']>;

/** What an integration's `pagedGet(url, options)` takes: the same in the three (helpers/pagedGet.ts). */
export interface PagedGetOptions {
	/** Where a page's records are: the key of the list in the answer (each API has its default). */
	key?: string;
	/** preSend steps; a URL with `{…}` starts with its fill step (shared/input/pathId.ts). */
	preSend?: NonNullable<Routing['send']>['preSend'];
	/** Largest page size to ask for (each API defaults to the most its docs allow). */
	maxPageSize?: number;
}

/** Routing of a paged GET list: the integration's paginator walks it, its postReceive reads each page. */
export function pagedGetRouting(
	url: string,
	pagination: NonNullable<Routing['operations']>['pagination'],
	postReceive: PostReceive,
	preSend?: NonNullable<Routing['send']>['preSend'],
): Routing {
	return {
		request: { method: 'GET', url },
		send: preSend ? { paginate: true, preSend } : { paginate: true },
		operations: { pagination },
		output: { postReceive },
	};
}
