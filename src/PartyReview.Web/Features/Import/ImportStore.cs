using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

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
/// Keeps uploaded files server-side between the dry run and the confirmation, in a folder, keyed by a random id and
/// the user who uploaded them, with their SHA-256 so the confirmed file is exactly the checked one. Old uploads are
/// removed after <see cref="ImportOptions.KeepFor"/>.
/// </summary>
public sealed class ImportStore(IOptions<ImportOptions> options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private string Folder => Directory.CreateDirectory(string.IsNullOrWhiteSpace(options.Value.Folder)
        ? Path.Combine(Path.GetTempPath(), "partyreview-imports")
        : options.Value.Folder).FullName;

    public async Task<StoredImport> SaveAsync(Stream upload, string fileName, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        RemoveOld();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = DataPath(id);
        await using (var file = File.Create(path))
        {
            await upload.CopyToAsync(file, cancellationToken);
        }

        var stored = new StoredImport
        {
            Id = id, UserName = userName, FileName = Path.GetFileName(fileName), Hash = await HashAsync(path, cancellationToken),
            Size = new FileInfo(path).Length, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        await WriteAsync(stored, cancellationToken);
        return stored;
    }

    /// <summary>The upload of that user, or null (unknown id, another user's, or expired).</summary>
    public async Task<StoredImport?> FindAsync(string id, string userName, CancellationToken cancellationToken = default)
    {
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower) || !File.Exists(MetaPath(id)))
        {
            return null;
        }

        await using var stream = File.OpenRead(MetaPath(id));
        var stored = await JsonSerializer.DeserializeAsync<StoredImport>(stream, Json, cancellationToken);
        return stored is not null && stored.UserName == userName ? stored : null;
    }

    /// <summary>Opens the kept file, after checking it is still the one that was checked.</summary>
    public async Task<Stream?> OpenAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var path = DataPath(stored.Id);
        if (!File.Exists(path) || await HashAsync(path, cancellationToken) != stored.Hash)
        {
            return null;
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65_536, FileOptions.SequentialScan);
    }

    public async Task WriteAsync(StoredImport stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await using var stream = File.Create(MetaPath(stored.Id));
        await JsonSerializer.SerializeAsync(stream, stored, Json, cancellationToken);
    }

    public void Delete(StoredImport stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        File.Delete(DataPath(stored.Id));
        File.Delete(MetaPath(stored.Id));
    }

    /// <summary>Drops the kept file once imported; the outcome stays for the result page.</summary>
    public void DropData(StoredImport stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        File.Delete(DataPath(stored.Id));
    }

    private void RemoveOld()
    {
        var limit = clock.GetUtcNow().UtcDateTime - options.Value.KeepFor;
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < limit)
                {
                    File.Delete(file);
                }
            }
            catch (IOException)
            {
                // Another request is using it; next time.
            }
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private string DataPath(string id) => Path.Combine(Folder, id + ".upload");

    private string MetaPath(string id) => Path.Combine(Folder, id + ".json");
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
