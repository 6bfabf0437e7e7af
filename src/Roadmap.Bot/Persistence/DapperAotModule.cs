// Every Dapper call in this assembly runs through code Dapper.AOT generates at build time, because
// plain Dapper builds its readers with Reflection.Emit, which the NativeAOT binary cannot run.
// Calls pass their CancellationToken inside the parameters object: that is where the generated code
// reads it, and the CommandDefinition that plain Dapper takes it in cannot be intercepted.
[module: Dapper.DapperAot]

// Declared here rather than registered at run time, which the generated code would not see; it calls
// these handlers both to bind parameters and to read the columns of row types.
[module: Dapper.TypeHandler(typeof(ulong), typeof(Roadmap.Bot.Persistence.SnowflakeHandler))]
[module: Dapper.TypeHandler(typeof(System.DateTimeOffset), typeof(Roadmap.Bot.Persistence.UnixMillisecondsHandler))]
