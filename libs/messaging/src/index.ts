export * from './kafka/kafka-client';
export * from './outbox/outbox.writer';
export * from './outbox/event-contract-violation.error';
export * from './relay/outbox.relay';
export * from './consumer/event-projection';
export * from './consumer/consumer-tables';
export * from './consumer/exactly-once.consumer';
