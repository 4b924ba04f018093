/**
 * Swallows KafkaJS's own error logs (JSON lines on console.error) until the returned function is
 * called: for the stretch of a test where the broker is down on purpose and every retry logs.
 */
export function muteKafkaJsErrors(): () => void {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('"logger":"kafkajs"')) return;
    original(...args);
  };
  return () => {
    console.error = original;
  };
}
