import { resourceOperations } from '../../../shared/operations';
import * as getOverview from './getOverview';

export const inventoryDescription = resourceOperations('inventory', 'getOverview', [getOverview]);
