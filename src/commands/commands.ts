/**
 * PLACEHOLDER entry for the ribbon's one-click command (manifest: ExecuteFunction
 * "runEvaluation", FunctionFile commands.html), so that webpack builds; the real command that
 * runs the evaluation replaces this file. It does nothing but tell Office it has finished.
 */

/** Must call event.completed(), or Office shows the command as still running. */
function runEvaluation(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("runEvaluation", runEvaluation);
});
