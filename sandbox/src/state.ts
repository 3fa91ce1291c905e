import type { FulfillbotState } from './apis/fulfillbot/model';
import type { S2State } from './apis/s2/model';
import type { ShoplineState } from './apis/shopline/model';

/** Everything the sandbox knows, as plain JSON: one object per API plus the sandbox's own bits. */
export interface SandboxState {
	sandbox: { clockOffsetSeconds: number };
	fulfillbot: FulfillbotState;
	s2: S2State;
	shopline: ShoplineState;
}
