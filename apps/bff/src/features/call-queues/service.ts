// One call queue with its members, for the routing diagram: Zoom's "Get call
// queue details" lists the members (users and common areas, up to 300 each by
// its document) with their names; their extension numbers come from the
// directory's cached user and common-area lists.
import type { CallQueue } from '@switchboard/contract/call-queues';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { zoomCallQueueDetailSchema } from '@switchboard/zoom-schema/phone-call-queues';
import { notFound } from '../../http/app-error';
import type { ZoomClient } from '../../zoom/client';
import { isNotFoundFor } from '../../zoom/zoom-error';
import type { DirectoryService } from '../directory/service';
import { callQueue } from './map';

export class CallQueueService {
  constructor(
    private readonly zoom: ZoomClient,
    private readonly directory: DirectoryService,
  ) {}

  async get(id: string): Promise<CallQueue> {
    const op = ZOOM_OPERATIONS.getCallQueue;
    let detail;
    try {
      detail = (await this.zoom.get(operationPath(op, id), { label: op.label, schema: zoomCallQueueDetailSchema })).data;
    } catch (err) {
      if (isNotFoundFor(op, err)) throw notFound(`There is no call queue with id "${id}". It may have been deleted.`);
      throw err;
    }
    const [users, commonAreas] = await Promise.all([this.directory.list({ type: 'user' }), this.directory.list({ type: 'commonArea' })]);
    return callQueue(id, detail, [...users, ...commonAreas]);
  }
}
