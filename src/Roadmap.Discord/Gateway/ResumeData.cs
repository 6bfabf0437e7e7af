namespace Roadmap.Discord.Gateway;

/// <summary>The <c>d</c> of RESUME (op 6).</summary>
public sealed record ResumeData(string Token, string SessionId, int Seq);
