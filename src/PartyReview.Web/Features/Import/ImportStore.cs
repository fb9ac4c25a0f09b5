using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyReview.Data;
using PartyReview.Data.Uploads;

namespace PartyReview.Web.Features.Import;

/// <summary>One row's outcome as kept between the dry run and the confirmation.</summary>
public sealed record StoredRow(SheetKind Kind, string Sheet, int Row, string Subject, RowStatus Status, IReadOnlyList<ImportMessage> Messages)
{
    /// <summary>The reasons in the user's language, joined.</summary>
    public string MessageIn(Microsoft.Extensions.Localization.IStringLocalizer localizer) => string.Join("; ", Messages.Select(m => m.In(localizer)));
}

/// <summary>An uploaded file waiting for confirmation: who uploaded it, its name and hash, and what the last check found.</summary>
public sealed class StoredImport
{
    public required string Id { get; init; }
    public required string UserName { get; init; }
    public required string FileName { get; init; }
    public required string Hash { get; init; }
    public long Size { get; init; }
    public DateTime UploadedAt { get; init; }
    public bool Committed { get; set; }
    public DateTime? CommittedAt { get; set; }
    public ImportMessage? Refusal { get; set; }
    public double ElapsedMilliseconds { get; set; }
    public List<StoredRow> Rows { get; set; } = [];

    /// <summary>How the unfamiliar spellings of the last check were read, with their counts.</summary>
    public List<SpellingCount> Spellings { get; set; } = [];

    public bool HasErrors => Refusal is not null || Rows.Any(r => r.Status == RowStatus.Error);

    public void Record(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Refusal = result.Refusal;
        Committed = result.Committed;
        ElapsedMilliseconds = result.Elapsed.TotalMilliseconds;
        Rows = [.. result.Rows.Select(r => new StoredRow(r.Kind, r.Sheet, r.Row, r.Subject, r.Status, [.. r.Messages]))];
        Spellings = [.. result.Spellings];
    }
}

/// <summary>
/// Keeps uploaded files in the database between the dry run and the confirmation (<see cref="PendingImport"/>), so that
/// any instance on the database can show and confirm them. Keyed by a random id and the user who uploaded them, with
/// their SHA-256 so the confirmed file is exactly the checked one. A confirmation is claimed by a conditional UPDATE
/// (one claim only). Expired uploads are removed by <see cref="ImportCleanupService"/> after
/// <see cref="ImportOptions.KeepFor"/>. Every operation is one statement of its own, outside the import's transaction.
/// </summary>
public sealed class ImportStore(PartyReviewDbContext db, IOptions<ImportOptions> options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public async Task<StoredImport> SaveAsync(Stream upload, string fileName, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var stored = new StoredImport
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), UserName = userName, FileName = Path.GetFileName(fileName),
            Hash = Convert.ToHexStringLower(SHA256.HashData(content)), Size = content.Length, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        var row = new PendingImport
        {
            Id = stored.Id, UserName = userName, FileName = stored.FileName, Hash = stored.Hash, Size = stored.Size,
            UploadedAt = stored.UploadedAt, Outcome = JsonSerializer.Serialize(stored, Json), Content = content,
        };
        db.PendingImports.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }

        return stored;
    }

    /// <summary>The upload of that user, or null (unknown id, another user's, or removed).</summary>
    public async Task<StoredImport?> FindAsync(string id, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != PendingImport.IdLength || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var outcome = await db.PendingImports.AsNoTracking().Where(p => p.Id == id && p.UserName == userName).Select(p => p.Outcome).FirstOrDefaultAsync(cancellationToken);
        return outcome is null ? null : JsonSerializer.Deserialize<StoredImport>(outcome, Json);
    }

    /// <summary>The kept file, after checking it is still the one that was checked; null when it is gone.</summary>
    public async Task<Stream?> OpenAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var content = await db.PendingImports.AsNoTracking().Where(p => p.Id == stored.Id).Select(p => p.Content).FirstOrDefaultAsync(cancellationToken);
        return content is null || Convert.ToHexStringLower(SHA256.HashData(content)) != stored.Hash ? null : new MemoryStream(content, writable: false);
    }

    /// <summary>Writes the outcome (and when it was written) in one UPDATE.</summary>
    public async Task WriteAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var outcome = JsonSerializer.Serialize(stored, Json);
        await db.PendingImports.Where(p => p.Id == stored.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Outcome, outcome).SetProperty(p => p.CommittedAt, stored.CommittedAt), cancellationToken);
    }

    /// <summary>
    /// Claims the confirmation of <paramref name="stored"/>: true for the one caller whose UPDATE finds it unclaimed,
    /// false for every other (a second click, a second tab, another instance), until <see cref="ReleaseClaimAsync"/>.
    /// </summary>
    public async Task<bool> TryClaimAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.PendingImports.Where(p => p.Id == stored.Id && p.ClaimedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ClaimedAt, now), cancellationToken) == 1;
    }

    /// <summary>Whether a confirmation of <paramref name="stored"/> is running or done.</summary>
    public Task<bool> IsClaimedAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return db.PendingImports.AnyAsync(p => p.Id == stored.Id && p.ClaimedAt != null, cancellationToken);
    }

    /// <summary>Gives up a claim whose confirmation wrote nothing, so the upload may be confirmed again.</summary>
    public async Task ReleaseClaimAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await db.PendingImports.Where(p => p.Id == stored.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.ClaimedAt, (DateTime?)null), cancellationToken);
    }

    public async Task DeleteAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await db.PendingImports.Where(p => p.Id == stored.Id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Drops the kept file once imported or refused; the outcome stays for the result page.</summary>
    public async Task DropDataAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await db.PendingImports.Where(p => p.Id == stored.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.Content, (byte[]?)null), cancellationToken);
    }

    /// <summary>
    /// Deletes every upload older than <see cref="ImportOptions.KeepFor"/> on the clock (since its upload, or since it
    /// was written); returns how many went.
    /// </summary>
    public Task<int> RemoveExpiredAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.KeepFor;
        return db.PendingImports.Where(p => (p.CommittedAt ?? p.UploadedAt) <= cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>Deletes expired uploads on a timer (<see cref="ImportOptions.CleanEvery"/>), once at start too.</summary>
public sealed class ImportCleanupService(IServiceScopeFactory scopes, IOptions<ImportOptions> options, TimeProvider clock, ILogger<ImportCleanupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanEvery, clock);
        do
        {
            await SweepAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: what expired goes; a failure (the database away) is logged and the next pass tries again.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var removed = await scope.ServiceProvider.GetRequiredService<ImportStore>().RemoveExpiredAsync(cancellationToken);
            if (removed > 0)
            {
                logger.LogInformation("Removed {Count} expired import uploads", removed);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException && Infrastructure.DatabaseOutage.Is(e))
        {
            logger.LogWarning(e, "Could not remove expired import uploads");
        }
    }
}

/// <summary>Where each running import stands, per user and token, for the progress bar's polling.</summary>
public sealed class ImportProgressRegistry(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (ImportProgressInfo Info, DateTime At)> _running = new(StringComparer.Ordinal);

    public IProgress<ImportProgressInfo> Track(string userName, string? token)
    {
        var key = Key(userName, token);
        foreach (var old in _running.Where(p => p.Value.At < clock.GetUtcNow().UtcDateTime.AddHours(-1)).Select(p => p.Key).ToList())
        {
            _running.TryRemove(old, out _);
        }

        return new Reporter(info => _running[key] = (info, clock.GetUtcNow().UtcDateTime));
    }

    public ImportProgressInfo? Get(string userName, string? token) =>
        _running.TryGetValue(Key(userName, token), out var entry) ? entry.Info : null;

    private static string Key(string userName, string? token) => userName + "\n" + (token ?? "");

    private sealed class Reporter(Action<ImportProgressInfo> report) : IProgress<ImportProgressInfo>
    {
        public void Report(ImportProgressInfo value) => report(value);
    }
}
