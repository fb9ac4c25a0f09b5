using PartyReview.Domain.Formatting;

namespace PartyReview.Web.Features.Import;

/// <summary>A file refused as a whole, with the reason shown to the user (a key of <see cref="ImportMessages"/>); nothing of it is imported.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException(string messageKey, params string[] arguments)
        : base(ImportMessages.Vietnamese(messageKey, arguments)) => Refusal = new ImportMessage(messageKey, arguments);

    public ImportFileException()
        : this(ImportMessages.FileWorkbookBroken)
    {
    }

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException) => Refusal = new ImportMessage(ImportMessages.FileWorkbookBroken);

    public ImportMessage Refusal { get; }

    public static ImportFileException TooManyRows(ImportOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new(ImportMessages.FileTooManyRows, VietnameseFormat.Count(limits.MaxRows));
    }
}
