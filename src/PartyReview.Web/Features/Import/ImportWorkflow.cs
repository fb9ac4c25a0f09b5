using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Import;

/// <summary>What confirming a kept upload came to.</summary>
public enum ConfirmOutcome
{
    /// <summary>No such upload of this user (or it expired).</summary>
    NotFound,

    /// <summary>Checked again and written, or refused row by row: the preview tells which.</summary>
    Checked,

    /// <summary>Already confirmed (done, or running for another click): nothing is written twice.</summary>
    AlreadyConfirmed,

    /// <summary>The kept file is gone or changed: it must be uploaded again.</summary>
    FileGone,
}

/// <summary>
/// The import's workflow over requests: an upload is kept and checked (dry run), shown, then confirmed (checked again
/// and written) or cancelled. Uploads are per user, and an unconfirmed upload expires after
/// <see cref="ImportOptions.KeepFor"/> on the <see cref="TimeProvider"/>.
/// </summary>
public sealed class ImportWorkflow(
    ImportService imports, ImportStore store, ImportProgressRegistry progress, IOptions<ImportOptions> options, TimeProvider clock, ILogger<ImportWorkflow> logger)
{
    /// <summary>Keeps the uploaded file and checks it; refused with a message key when the file cannot be taken.</summary>
    public async Task<Result<StoredImport>> UploadAsync(IFormFile? file, string userName, string? progressToken, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        if (file is null || file.Length == 0)
        {
            return Refused<StoredImport>(new ImportMessage(file is null ? ImportMessages.UploadNoFile : ImportMessages.FileEmpty));
        }

        if (file.Length > limits.MaxFileBytes)
        {
            return Refused<StoredImport>(ImportService.TooLarge(limits));
        }

        if (!TableReader.IsWorkbookName(file.FileName) && !TableReader.IsCsvName(file.FileName))
        {
            return Refused<StoredImport>(new ImportMessage(ImportMessages.FileWrongType));
        }

        StoredImport stored;
        await using (var upload = file.OpenReadStream())
        {
            stored = await store.SaveAsync(upload, file.FileName, userName, cancellationToken);
        }

        try
        {
            await using (var stream = await store.OpenAsync(stored, cancellationToken))
            {
                var result = await imports.CheckAsync(stream!, stored.FileName, progress.Track(userName, progressToken), cancellationToken);
                stored.Record(result);
            }

            if (stored.Refusal is { } refusal)
            {
                await store.DeleteAsync(stored, CancellationToken.None);
                return Refused<StoredImport>(refusal);
            }

            if (stored.HasErrors)
            {
                // Refused row by row: the outcome stays for the page, the file cannot be confirmed and goes.
                await store.DropDataAsync(stored, cancellationToken);
            }

            await store.WriteAsync(stored, cancellationToken);
        }
        catch
        {
            // Whatever stops the check (a cancelled request, a fault) leaves nothing of the upload behind.
            await store.DeleteAsync(stored, CancellationToken.None);
            throw;
        }

        logger.LogInformation("{User} checked import {Id} ({File})", userName, stored.Id, stored.FileName);
        return Result.Success(stored);
    }

    /// <summary>The user's upload, or null (unknown, another user's, or an unconfirmed one that expired).</summary>
    public async Task<StoredImport?> FindAsync(string id, string userName, CancellationToken cancellationToken = default)
    {
        var stored = await store.FindAsync(id, userName, cancellationToken);
        return stored is { Committed: false } && stored.UploadedAt + options.Value.KeepFor < clock.GetUtcNow().UtcDateTime ? null : stored;
    }

    /// <summary>Checks the kept file again against the data as it is now, and writes all of it in one transaction, or nothing.</summary>
    public async Task<(ConfirmOutcome Outcome, StoredImport? Import)> ConfirmAsync(string id, string userName, string? progressToken, CancellationToken cancellationToken = default)
    {
        var stored = await FindAsync(id, userName, cancellationToken);
        if (stored is null)
        {
            return (ConfirmOutcome.NotFound, null);
        }

        if (stored.Committed || !await store.TryClaimAsync(stored, cancellationToken))
        {
            logger.LogInformation("{User} confirmed import {Id} again: already confirmed", userName, id);
            return (ConfirmOutcome.AlreadyConfirmed, stored);
        }

        ImportResult? result = null;
        try
        {
            await using (var stream = await store.OpenAsync(stored, cancellationToken))
            {
                if (stream is null)
                {
                    return (ConfirmOutcome.FileGone, stored);
                }

                result = await imports.CommitAsync(stream, stored.FileName, progress.Track(userName, progressToken), cancellationToken);
            }

            stored.Record(result);
            if (result.Committed)
            {
                stored.CommittedAt = clock.GetUtcNow().UtcDateTime;
            }

            // Written or refused, the kept file is done with; the outcome stays for the page.
            await store.DropDataAsync(stored, CancellationToken.None);
            await store.WriteAsync(stored, CancellationToken.None);
        }
        finally
        {
            // A confirmation that wrote nothing gives the claim back; one that wrote keeps it for good.
            if (result is not { Committed: true })
            {
                await store.ReleaseClaimAsync(stored, CancellationToken.None);
            }
        }

        logger.LogInformation("{User} confirmed import {Id} ({File}): {Outcome}", userName, id, stored.FileName, result.Committed ? "written" : "refused");
        return (ConfirmOutcome.Checked, stored);
    }

    /// <summary>Whether a confirmation of the upload is running or done (its page then offers none).</summary>
    public Task<bool> IsClaimedAsync(StoredImport stored, CancellationToken cancellationToken = default) => store.IsClaimedAsync(stored, cancellationToken);

    /// <summary>Drops an unconfirmed upload; false when the user has no such upload.</summary>
    public async Task<bool> CancelAsync(string id, string userName, CancellationToken cancellationToken = default)
    {
        var stored = await store.FindAsync(id, userName, cancellationToken);
        if (stored is null)
        {
            return false;
        }

        if (!stored.Committed && !await store.IsClaimedAsync(stored, cancellationToken))
        {
            await store.DeleteAsync(stored, cancellationToken);
        }

        return true;
    }

    public ImportProgressInfo? Progress(string userName, string? token) => progress.Get(userName, token);

    /// <summary>Every row's outcome as CSV, in the user's language (the page shows the first rows only).</summary>
    public static MemoryStream Report(StoredImport stored, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(localizer);
        var format = new SheetFormat(0, "", "", "", [
            new("Sheet", "Trang", true, ""), new("Row", "Dòng", true, ""), new("Subject", "Nội dung", true, ""),
            new("Status", "Kết quả", true, ""), new("Message", "Lý do", true, "")]);
        var stream = new MemoryStream();
        var rows = stored.Rows.Select(r => new object?[] { r.Sheet, r.Row, r.Subject, StatusName(r.Status, localizer), r.MessageIn(localizer) });
        TableWriter.WriteCsv(stream, new SheetContent(format, rows), template: false);
        stream.Position = 0;
        return stream;
    }

    public static string StatusName(RowStatus status, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[status switch
        {
            RowStatus.New => ImportMessages.StatusNew,
            RowStatus.Updated => ImportMessages.StatusUpdated,
            RowStatus.Error => ImportMessages.StatusError,
            _ => ImportMessages.StatusUnchanged,
        }];
    }

    private static Result<T> Refused<T>(ImportMessage message) => Failed.As<T>(null, message.Key, [.. message.Arguments]);
}
