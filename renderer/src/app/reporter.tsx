// Errors from the API are shown, never swallowed: every failed call lands in this list with
// what the user was doing, until they dismiss it.

import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { ApiError } from '../../../shared/errors';

export type Message = { id: number; kind: 'error' | 'notice'; text: string };

export type Reporter = {
  error(error: unknown, doing: string): void;
  notice(text: string): void;
};

const ReporterContext = createContext<Reporter | null>(null);

export function describeError(error: unknown, doing: string): string {
  if (error instanceof ApiError) return `${doing} failed: ${error.message} (${error.code})`;
  if (error instanceof Error) return `${doing} failed: ${error.message}`;
  return `${doing} failed: ${String(error)}`;
}

let nextMessageId = 1;

export function ReporterProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const add = useCallback((kind: Message['kind'], text: string) => {
    const message = { id: nextMessageId++, kind, text };
    setMessages((current) => [...current.slice(-4), message]);
    if (kind === 'notice') {
      setTimeout(
        () => setMessages((current) => current.filter((each) => each.id !== message.id)),
        6000,
      );
    }
  }, []);
  const reporter = useMemo<Reporter>(
    () => ({
      error: (error, doing) => {
        console.error(doing, error);
        add('error', describeError(error, doing));
      },
      notice: (text) => add('notice', text),
    }),
    [add],
  );
  const dismiss = (id: number) =>
    setMessages((current) => current.filter((each) => each.id !== id));
  return (
    <ReporterContext.Provider value={reporter}>
      {children}
      <MessageList messages={messages} onDismiss={dismiss} />
    </ReporterContext.Provider>
  );
}

export function useReporter(): Reporter {
  const reporter = useContext(ReporterContext);
  if (!reporter) throw new Error('useReporter needs a ReporterProvider above it');
  return reporter;
}

function MessageList({
  messages,
  onDismiss,
}: {
  messages: Message[];
  onDismiss: (id: number) => void;
}) {
  if (messages.length === 0) return null;
  return (
    <div className="messages" aria-live="polite">
      {messages.map((message) => (
        <div
          key={message.id}
          className={`message message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{message.text}</span>
          <button
            type="button"
            className="message-dismiss"
            onClick={() => onDismiss(message.id)}
            aria-label="Dismiss"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
