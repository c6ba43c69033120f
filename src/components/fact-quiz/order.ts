/**
 * What order questions need: the list view and the controller that drags and moves its
 * items. Most quizzes have no order question, so it is fetched (in the embed, a chunk
 * of its own) only with a quiz that has one.
 */
import { ReorderController } from './reorder-controller.js';
import { orderView } from './views/order.js';

export { ReorderController, orderView };

/** The order list's view with the controller behind it. */
export interface OrderSupport {
  view: typeof orderView;
  controller: ReorderController;
}
