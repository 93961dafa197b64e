// Follow a job over server-sent events. The EventSource sits behind a small
// interface so tests can feed events by hand; the browser's EventSource
// reconnects on its own after a dropped connection, and the server answers
// every (re)connection with a snapshot first.
import { useEffect, useReducer } from 'react';
import type { CopyIvrJob as Job } from '@switchboard/contract/jobs';
import { applyJobEvent, JOB_EVENT_NAMES } from '../utils/job-events';

export interface JobEventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export type ConnectJobEvents = (url: string) => JobEventSourceLike;

export const connectEventSource: ConnectJobEvents = (url) =>
  new EventSource(url, { withCredentials: true }) as unknown as JobEventSourceLike;

/** connecting → live (snapshot received) → finished; reconnecting after a drop; failed when the browser gave up. */
export type JobConnection = 'connecting' | 'live' | 'reconnecting' | 'finished' | 'failed';

interface State {
  job: Job | null;
  connection: JobConnection;
}

type Action = { type: 'event'; name: string; data: unknown } | { type: 'connection'; connection: JobConnection } | { type: 'reset' };

function reducer(state: State, action: Action): State {
  if (action.type === 'reset') return { job: null, connection: 'connecting' };
  if (action.type === 'connection') return state.connection === 'finished' ? state : { ...state, connection: action.connection };
  const job = applyJobEvent(state.job, action.name, action.data);
  const connection = action.name === 'done' ? 'finished' : action.name === 'snapshot' ? 'live' : state.connection;
  return { job, connection };
}

const CLOSED = 2;

export function useJobEvents(jobId: string, connect: ConnectJobEvents = connectEventSource): State {
  const [state, dispatch] = useReducer(reducer, { job: null, connection: 'connecting' });

  useEffect(() => {
    dispatch({ type: 'reset' });
    const source = connect(`/api/jobs/${encodeURIComponent(jobId)}/events`);
    for (const name of JOB_EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        let data: unknown;
        try {
          data = JSON.parse(event.data);
        } catch {
          return;
        }
        dispatch({ type: 'event', name, data });
        // The server ends the stream after `done`; closing stops the browser from reconnecting.
        if (name === 'done') source.close();
      });
    }
    source.onerror = () => dispatch({ type: 'connection', connection: source.readyState === CLOSED ? 'failed' : 'reconnecting' });
    return () => source.close();
  }, [jobId, connect]);

  return state;
}
