using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PartyReview.Web.Infrastructure;

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
/// Keeps uploaded files server-side between the dry run and the confirmation, in a folder of the app's own data
/// folder readable by the app's user only (<see cref="AppDataFolder"/>, or <see cref="ImportOptions.Folder"/>), keyed by
/// a random id and the user who uploaded them, with their SHA-256 so the confirmed file is exactly the checked one.
/// Each upload is three files at most: the data (<c>.upload</c>), its outcome (<c>.json</c>, replaced atomically) and
/// the claim of its confirmation (<c>.claim</c>, created exclusively: one confirmation only). Expired uploads are
/// removed by <see cref="ImportCleanupService"/> after <see cref="ImportOptions.KeepFor"/>.
/// </summary>
public sealed class ImportStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly IOptions<ImportOptions> _options;
    private readonly TimeProvider _clock;
    private readonly Lazy<string> _folder;

    public ImportStore(IOptions<ImportOptions> options, AppDataFolder data, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        _options = options;
        _clock = clock;
        _folder = new Lazy<string>(() => data.Private("imports", options.Value.Folder), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The folder the uploads wait in (created 0700 on first use).</summary>
    public string Folder => _folder.Value;

    public async Task<StoredImport> SaveAsync(Stream upload, string fileName, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = DataPath(id);
        try
        {
            await using (var file = Create(path, FileMode.CreateNew))
            {
                await upload.CopyToAsync(file, cancellationToken);
            }

            var stored = new StoredImport
            {
                Id = id, UserName = userName, FileName = Path.GetFileName(fileName), Hash = await HashAsync(path, cancellationToken),
                Size = new FileInfo(path).Length, UploadedAt = _clock.GetUtcNow().UtcDateTime,
            };
            await WriteAsync(stored, cancellationToken);
            return stored;
        }
        catch
        {
            File.Delete(path);
            File.Delete(MetaPath(id));
            throw;
        }
    }

    /// <summary>The upload of that user, or null (unknown id, another user's, or removed).</summary>
    public async Task<StoredImport?> FindAsync(string id, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var stored = await ReadAsync(MetaPath(id), cancellationToken);
        return stored is not null && stored.UserName == userName ? stored : null;
    }

    /// <summary>Opens the kept file, after checking it is still the one that was checked.</summary>
    public async Task<Stream?> OpenAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var path = DataPath(stored.Id);
        try
        {
            if (!File.Exists(path) || await HashAsync(path, cancellationToken) != stored.Hash)
            {
                return null;
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 65_536, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Writes the outcome: to a file of its own, then moved over the old one, so a reader sees either whole.</summary>
    public async Task WriteAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var temporary = Path.Combine(Folder, $"{stored.Id}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.tmp");
        try
        {
            await using (var stream = Create(temporary, FileMode.CreateNew))
            {
                await JsonSerializer.SerializeAsync(stream, stored, Json, cancellationToken);
            }

            File.Move(temporary, MetaPath(stored.Id), overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Claims the confirmation of <paramref name="stored"/>: true for the one caller that creates the claim, false for
    /// every other (a second click, a second tab), until <see cref="ReleaseClaim"/>.
    /// </summary>
    public bool TryClaim(StoredImport stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            using var claim = Create(ClaimPath(stored.Id), FileMode.CreateNew);
            return true;
        }
        catch (IOException) when (File.Exists(ClaimPath(stored.Id)))
        {
            return false;
        }
    }

    /// <summary>Whether a confirmation of <paramref name="stored"/> is running or done.</summary>
    public bool IsClaimed(StoredImport stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return File.Exists(ClaimPath(stored.Id));
    }

    /// <summary>Gives up a claim whose confirmation wrote nothing, so the upload may be confirmed again.</summary>
    public void ReleaseClaim(StoredImport stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        File.Delete(ClaimPath(stored.Id));
    }

    public void Delete(StoredImport stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        DeleteAll(stored.Id);
    }

    /// <summary>Drops the kept file once imported or refused; the outcome stays for the result page.</summary>
    public void DropData(StoredImport stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        File.Delete(DataPath(stored.Id));
    }

    /// <summary>
    /// Deletes every upload older than <see cref="ImportOptions.KeepFor"/> on the clock (since its upload, or its
    /// confirmation), and the leftovers of interrupted writes; returns how many uploads went.
    /// </summary>
    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var keep = _options.Value.KeepFor;
        var removed = 0;
        foreach (var meta in Directory.EnumerateFiles(Folder, "*.json").ToList())
        {
            var stored = await ReadAsync(meta, cancellationToken);
            var since = stored is null ? File.GetLastWriteTimeUtc(meta) : stored.CommittedAt ?? stored.UploadedAt;
            if (since + keep <= now)
            {
                DeleteAll(Path.GetFileNameWithoutExtension(meta));
                removed++;
            }
        }

        foreach (var file in Directory.EnumerateFiles(Folder).ToList())
        {
            var id = Path.GetFileName(file).Split('.')[0];
            if (!File.Exists(MetaPath(id)) && File.GetLastWriteTimeUtc(file) + keep <= now)
            {
                File.Delete(file);
            }
        }

        return removed;
    }

    private static FileStream Create(string path, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    private static async Task<StoredImport?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            return await JsonSerializer.DeserializeAsync<StoredImport>(stream, Json, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private void DeleteAll(string id)
    {
        File.Delete(DataPath(id));
        File.Delete(MetaPath(id));
        File.Delete(ClaimPath(id));
    }

    private string DataPath(string id) => Path.Combine(Folder, id + ".upload");

    private string MetaPath(string id) => Path.Combine(Folder, id + ".json");

    private string ClaimPath(string id) => Path.Combine(Folder, id + ".claim");
}

/// <summary>Deletes expired uploads on a timer (<see cref="ImportOptions.CleanEvery"/>), once at start too.</summary>
public sealed class ImportCleanupService(ImportStore store, IOptions<ImportOptions> options, TimeProvider clock, ILogger<ImportCleanupService> logger) : BackgroundService
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

    /// <summary>One pass: what expired goes; a failure is logged and the next pass tries again.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var removed = await store.RemoveExpiredAsync(cancellationToken);
            if (removed > 0)
            {
                logger.LogInformation("Removed {Count} expired import uploads", removed);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
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
