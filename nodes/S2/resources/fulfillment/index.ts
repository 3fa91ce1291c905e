import { resourceOperations } from '../../../shared/description/operations';
import * as create from './create';
import * as get from './get';

export const fulfillmentDescription = resourceOperations('fulfillment', 'create', [create, get]);
