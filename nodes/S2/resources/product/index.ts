import { resourceOperations } from '../../../shared/description/operations';
import * as getAll from './getAll';

export const productDescription = resourceOperations('product', 'getAll', [getAll]);
