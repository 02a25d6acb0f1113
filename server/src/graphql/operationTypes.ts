/**
 * Refuses, at validation, an operation whose root type the schema does not have (a `subscription` here): graphql-js
 * lets it through validation and fails it during execution with an error that has no code, which would read as
 * INTERNAL instead of the client's mistake.
 */
import { GraphQLError, type ValidationRule } from 'graphql';

export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`this API has no ${node.operation} operations`, { nodes: node }));
    }
  },
});
