// The tests seed and inspect the database with plain Dapper, which runs fine under the JIT; the bot's
// own calls are intercepted in its assembly. Dapper.AOT's analyzer reaches this project through the
// bot's package reference, so opt out explicitly rather than leave it asking.
[module: Dapper.DapperAot(false)]
