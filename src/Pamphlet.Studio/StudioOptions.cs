using System.Net;

namespace Pamphlet.Studio;

/// <summary>What <c>pamphlet serve</c> was asked for: the folder it serves, and where it listens.</summary>
public sealed record StudioOptions(string Folder, string Host = StudioOptions.LoopbackHost, int Port = StudioOptions.DefaultPort)
{
    /// <summary>Only this machine can connect: the studio reads and writes the folder's files for whoever connects.</summary>
    public const string LoopbackHost = "127.0.0.1";

    /// <summary>
    /// A fixed port, so a bookmark to the studio keeps working between runs; one few programs use
    /// (not 5000/8080, which development servers take). 0 picks a free port.
    /// </summary>
    public const int DefaultPort = 5311;

    /// <summary>True when only this machine can reach the studio (127.0.0.1, ::1, localhost).</summary>
    public bool IsLoopback => Host == "localhost" || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));
}
