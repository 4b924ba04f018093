import { Logger } from '@nestjs/common';
import { logCreator, logLevel } from 'kafkajs';
import { LogLevel } from './log-config';

/**
 * KafkaJS's log entries as the service's own lines (context `kafkajs`, KafkaJS's namespace and
 * fields such as broker, groupId, retryCount, error), instead of its console output.
 */
export const kafkaJsLogCreator: logCreator = () => {
  const logger = new Logger('kafkajs');
  return ({ namespace, level, log }) => {
    const { message, timestamp: _timestamp, logger: _logger, ...fields } = log;
    const line = { msg: message, namespace, ...fields };
    if (level === logLevel.ERROR) logger.error(line);
    // Said at every producer's start: retries are bounded on purpose (createEventProducer), and
    // the relay resends a failed batch with a fresh producer.
    else if (level === logLevel.WARN && message.startsWith('Limiting retries for the idempotent producer')) logger.debug(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else if (level === logLevel.INFO) logger.log(line);
    else logger.debug(line);
  };
};

/**
 * How much KafkaJS says for a LOG_LEVEL: its warnings from `info` on (rebalances, lost
 * coordinators), its own info lines only at `debug` (each connection and join), its debug lines
 * (every request) only at `trace`.
 */
export function kafkaJsLogLevel(level: LogLevel): logLevel {
  switch (level) {
    case 'trace':
      return logLevel.DEBUG;
    case 'debug':
      return logLevel.INFO;
    case 'info':
    case 'warn':
      return logLevel.WARN;
    case 'silent':
      return logLevel.NOTHING;
    default:
      return logLevel.ERROR;
  }
}
