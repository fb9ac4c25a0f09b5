using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Formatting;

using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// Imports a file in the import format: <see cref="CheckAsync"/> reads it and tells every row's outcome without
/// writing anything; <see cref="CommitAsync"/> reads and checks it again against the data as it is now and writes all
/// of it in one transaction, or nothing when any row is in error. Rows are matched to what exists (organizations by
/// code, members by code or card number, events by member, kind and date, reviews by subject and year), so importing
/// the same file again changes nothing. The sheets are read and applied by <see cref="ImportRun"/>, one class per
/// sheet. Every change is audited with the source "Nhập từ tệp {name}".
/// </summary>
public sealed class ImportService(
    PartyReviewDbContext db, CurrentCommittee currentCommittee, IAuditContext audit, TimeProvider clock, IOptions<ImportOptions> options, ILogger<ImportService> logger)
{
    public const string EntityType = "Import";

    /// <summary>Reads and checks the file; writes nothing.</summary>
    public Task<ImportResult> CheckAsync(Stream stream, string fileName, IProgress<ImportProgressInfo>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(stream, fileName, commit: false, progress, cancellationToken);

    /// <summary>Reads and checks the file again, then writes all of it in one transaction, or nothing if any row is in error.</summary>
    public Task<ImportResult> CommitAsync(Stream stream, string fileName, IProgress<ImportProgressInfo>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(stream, fileName, commit: true, progress, cancellationToken);

    /// <summary>The refusal of a file over the size limit.</summary>
    public static ImportMessage TooLarge(ImportOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new(ImportMessages.FileTooLarge, VietnameseFormat.Count((int)Math.Min(int.MaxValue, limits.MaxFileBytes / 1024 / 1024)));
    }

    private async Task<ImportResult> RunAsync(Stream stream, string fileName, bool commit, IProgress<ImportProgressInfo>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var watch = Stopwatch.StartNew();
        var limits = options.Value;
        if (stream.CanSeek && stream.Length > limits.MaxFileBytes)
        {
            return ImportResult.Refused(TooLarge(limits));
        }

        ParsedFile file;
        try
        {
            progress?.Report(new ImportProgressInfo(ImportMessages.StageReading, 0, 5));
            file = ParsedFile.Read(stream, fileName, limits,
                n => progress?.Report(new ImportProgressInfo(ImportMessages.StageReading, n, 5 + Math.Min(40, n * 40 / Math.Max(1, limits.MaxRows)))));
        }
        catch (ImportFileException e)
        {
            logger.LogInformation("Import of {File} refused: {Reason}", fileName, e.Message);
            return ImportResult.Refused(e.Refusal);
        }

        var committee = await currentCommittee.GetAsync(cancellationToken);
        if (committee is null)
        {
            return ImportResult.Refused(new ImportMessage(ImportMessages.FileNoCommittee));
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var source = $"Nhập từ tệp {Path.GetFileName(fileName)}";
        audit.Source = source.Length > 500 ? source[..500] : source;
        await using var transaction = commit ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var run = new ImportRun(db, committee, audit, clock, commit, progress, file.Count);
            var result = await run.RunAsync(file, cancellationToken);
            result.Elapsed = watch.Elapsed;
            if (commit && !result.HasErrors)
            {
                if (result.Changes > 0)
                {
                    db.Audit.Record(EntityType, 0, "Nhập từ tệp", null, result.Describe());
                    await run.SaveAsync(cancellationToken);
                }

                await transaction!.CommitAsync(cancellationToken);
                result.Committed = true;
                result.Elapsed = watch.Elapsed;
                logger.LogInformation("Imported {File}: {Summary} in {Elapsed} ms", fileName, result.Describe(), watch.ElapsedMilliseconds);
            }
            else if (transaction is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            progress?.Report(new ImportProgressInfo(ImportMessages.StageDone, file.Count, 100));
            return result;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
