using CitizenFocus.Cli;

return await CliApp.InvokeAsync(args, CliContext.FromProcess());
